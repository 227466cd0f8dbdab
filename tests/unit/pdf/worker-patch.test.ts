import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadNodePdfJs } from '../../../utils/acquire/pdf/node';
import { nameFontsInStyles } from '../../../utils/acquire/pdf/worker-patch';
import { CV_FIXTURES, readFixtureBytes, REPO } from '../../support/fixtures';

const BUILDS = {
  legacy: 'pdfjs-dist/legacy/build/pdf.worker.mjs',
  extension: 'pdfjs-dist/build/pdf.worker.min.mjs',
};

function workerSource(build: keyof typeof BUILDS): string {
  return fs.readFileSync(createRequire(import.meta.url).resolve(BUILDS[build]), 'utf8');
}

/**
 * The text styles of a PDF's first page as a worker gives them, read in a Node of its own: importing
 * a worker sets globalThis.pdfjsWorker, which pdf.js reads once, so this process's would not change.
 */
const FIRST_PAGE_STYLES = `
const [worker, pdf] = process.argv.slice(1);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('file://' + worker);
const data = new Uint8Array((await import('node:fs')).readFileSync(pdf));
const doc = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
const { styles } = await (await doc.getPage(1)).getTextContent();
process.stdout.write(JSON.stringify(styles));
await doc.destroy();
`;

describe('the pdf.js worker patch', () => {
  it.each(Object.keys(BUILDS) as (keyof typeof BUILDS)[])(
    'adds the font name to the one text style of the %s build',
    (build) => {
      const patched = nameFontsInStyles(workerSource(build));
      expect(patched).toMatch(/fontFamily:\s*([\w$]+)\.fallbackName,fontName:\1\.name,/);
    },
  );

  it('throws when pdf.js no longer writes the style as expected', () => {
    expect(() => nameFontsInStyles('b.styles[t]={fontFamily:e.systemFontName,')).toThrow(
      /pdf\.js worker changed/,
    );
    const twice = 'a.styles[t]={fontFamily:e.fallbackName,};b.styles[t]={fontFamily:e.fallbackName,}';
    expect(() => nameFontsInStyles(twice)).toThrow(/2 text styles/);
  });

  it("makes the extension's worker name each style's font as Node's does", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-worker-'));
    try {
      const worker = path.join(dir, 'pdf.worker.min.mjs');
      fs.writeFileSync(worker, nameFontsInStyles(workerSource('extension')));
      const pdf = path.join(CV_FIXTURES, 'pdf/hayou.pdf');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', FIRST_PAGE_STYLES, worker, pdf],
        { cwd: REPO },
      );
      const extension = JSON.parse(stdout) as Record<string, { fontName?: string }>;

      const pdfjs = await loadNodePdfJs();
      const doc = await pdfjs.getDocument({
        data: readFixtureBytes('seeds/pdf/hayou.pdf'),
        isEvalSupported: false,
        verbosity: 0,
      }).promise;
      const node = (await (await doc.getPage(1)).getTextContent()).styles;
      await doc.destroy();

      const names = (styles: Record<string, { fontName?: string }>) =>
        Object.values(styles).map((style) => style.fontName);
      expect(names(extension)).toEqual(names(node));
      expect(names(extension).length).toBeGreaterThan(1);
      for (const name of names(extension)) expect(name).toMatch(/DejaVuSans/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

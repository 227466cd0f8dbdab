import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { CvDocumentSchema } from '../../../utils/document/types';
import { extractFromTab } from '../../../utils/extension/tabs';

beforeEach(() => fakeBrowser.reset());

/** The content script's answer, as executeScript hands it back. */
function scriptAnswers(result: unknown) {
  const executeScript = vi.fn().mockResolvedValue([{ frameId: 0, result }]);
  Object.assign(fakeBrowser, { scripting: { executeScript } });
}

const HUGE_DATA_LINK = `data:text/html,${'<b>x</b>'.repeat(10_000)}`;
const PAGE = `<html><body><main><h1>Ada Byron</h1><h2>Publications</h2>
<ul><li><a href="${HUGE_DATA_LINK}">On engines</a>, 2019. <a href="https://doi.org/10.1/x">doi</a></li>
<li><a href="javascript:alert(1)">Notes</a> <a href="vbscript:x">more</a> <a href="/papers/b.pdf">PDF</a></li></ul>
</main></body></html>`;

describe('extractFromTab', () => {
  it('reads a page with a huge data: link, keeping only http(s) and mailto links', async () => {
    const document = htmlToCvDocument(PAGE, 'https://example.org/ada/');
    const hrefs = document.lines.flatMap((l) => l.cells.flatMap((c) => c.runs.map((r) => r.href)));
    expect(hrefs.filter(Boolean)).toEqual(['https://doi.org/10.1/x', 'https://example.org/papers/b.pdf']);
    expect(document.links).toEqual(['https://doi.org/10.1/x', 'https://example.org/papers/b.pdf']);
    expect(v.safeParse(CvDocumentSchema, document).success).toBe(true);
    scriptAnswers({ kind: 'document', document });
    expect(await extractFromTab(1)).toEqual({ kind: 'document', document });
  });

  it('refuses an answer that is not a document, saying where', async () => {
    scriptAnswers({ kind: 'document', document: { lines: 'none' } });
    await expect(extractFromTab(1)).rejects.toThrow(
      /^the page's content script answered a malformed page\.document\.source: /,
    );
    const document = htmlToCvDocument(PAGE, 'https://example.org/ada/');
    const line = document.lines[0]!;
    const run = { ...line.cells[0]!.runs[0]!, href: HUGE_DATA_LINK };
    const hostile = { ...document, lines: [{ ...line, cells: [{ ...line.cells[0]!, runs: [run] }] }] };
    scriptAnswers({ kind: 'document', document: hostile });
    await expect(extractFromTab(1)).rejects.toThrow(
      /page\.document\.lines\[0\]\.cells\[0\]\.runs\[0\]\.href: /,
    );
  });

  it('rebuilds a PDF notice from its fields, and says when nothing came back', async () => {
    scriptAnswers({ kind: 'pdf', url: 'https://example.org/cv.pdf', run: 'alert(1)' });
    expect(await extractFromTab(1)).toEqual({ kind: 'pdf', url: 'https://example.org/cv.pdf' });
    scriptAnswers(undefined);
    await expect(extractFromTab(1)).rejects.toThrow('The page did not answer the content script.');
  });
});

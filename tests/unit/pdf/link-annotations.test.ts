import { describe, expect, it } from 'vitest';
import { readLinkAnnotations } from '../../../utils/acquire/pdf/link-annotations';
import { loadNodePdfJs } from '../../../utils/acquire/pdf/node';
import type { PdfJsDocument } from '../../../utils/acquire/pdf/pdfjs-types';
import { readFixtureBytes } from '../../support/fixtures';

interface LinkSpec {
  uri: string;
  rect: [number, number, number, number];
  /** The annotation's /F flags, if any. */
  flags?: number;
}

/**
 * A PDF of one Helvetica line per page and the given link annotations on each page, written here so
 * the test states exactly which links a page carries and how they are flagged.
 */
function pdfWithLinks(pages: LinkSpec[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  pages.forEach((links, i) => {
    const text = `BT /F1 12 Tf 72 700 Td (Page ${i + 1} links) Tj ET`;
    const content = add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
    const annots = links.map((l) =>
      add(
        `<< /Type /Annot /Subtype /Link /Rect [${l.rect.join(' ')}] /Border [0 0 0]` +
          `${l.flags === undefined ? '' : ` /F ${l.flags}`} /A << /S /URI /URI (${l.uri}) >> >>`,
      ),
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 612 792] /Contents ${content} 0 R` +
          ` /Resources << /Font << /F1 ${font} 0 R >> >> /Annots [${annots.map((n) => `${n} 0 R`).join(' ')}] >>`,
      ),
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] =
    `<< /Type /Pages /Kids [${kids.map((n) => `${n} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function openPdf(bytes: Uint8Array): Promise<PdfJsDocument> {
  const pdfjs = await loadNodePdfJs();
  return pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
}

/** What page.getAnnotations() (the viewer's display intent) gives as a page's links: the reader's old source. */
async function viewerLinks(doc: PdfJsDocument, pageNumber: number): Promise<unknown[]> {
  const page = (await doc.getPage(pageNumber)) as unknown as { getAnnotations(): Promise<unknown[]> };
  return (await page.getAnnotations())
    .filter((a) => {
      const o = a as Record<string, unknown>;
      return o.subtype === 'Link' && (typeof o.url === 'string' || typeof o.unsafeUrl === 'string');
    })
    .map((a) => {
      const { url, unsafeUrl, rect } = a as Record<string, unknown>;
      return { url, unsafeUrl, rect };
    });
}

async function readerLinks(doc: PdfJsDocument): Promise<Map<number, unknown[]>> {
  const byPage = await readLinkAnnotations(doc);
  return new Map(
    [...byPage].map(([page, links]) => [
      page,
      links.map(({ url, unsafeUrl, rect }) => ({ url, unsafeUrl, rect })),
    ]),
  );
}

describe('link annotations, read for the whole document at once', () => {
  it('gives each page its own links, and leaves out a link flagged not to be viewed', async () => {
    const doc = await openPdf(
      pdfWithLinks([
        [
          { uri: 'https://example.org/shown', rect: [72, 690, 200, 712] },
          { uri: 'https://example.org/no-view', rect: [72, 650, 200, 672], flags: 32 },
          { uri: 'https://example.org/hidden-flag', rect: [72, 610, 200, 632], flags: 2 },
        ],
        [],
        [{ uri: 'mailto:someone@example.org', rect: [300, 100, 400, 120], flags: 4 }],
      ]),
    );
    try {
      const links = await readLinkAnnotations(doc);
      expect([...links.keys()]).toEqual([1, 3]);
      expect(links.get(1)!.map((l) => l.url)).toEqual([
        'https://example.org/shown',
        // pdf.js's viewer shows a link flagged Hidden (only NoView and Invisible hide one).
        'https://example.org/hidden-flag',
      ]);
      expect(links.get(3)).toMatchObject([{ url: 'mailto:someone@example.org', rect: [300, 100, 400, 120] }]);
      for (const page of [1, 2, 3])
        expect((await readerLinks(doc)).get(page) ?? []).toEqual(await viewerLinks(doc, page));
    } finally {
      await doc.destroy();
    }
  });

  it('gives the seed PDFs the links pdf.js viewer gives each of their pages', async () => {
    for (const id of ['elesedy', 'hayou', 'elmhamdi']) {
      const doc = await openPdf(readFixtureBytes(`seeds/pdf/${id}.pdf`));
      try {
        const links = await readerLinks(doc);
        expect([...links.values()].flat().length).toBeGreaterThan(0);
        for (let page = 1; page <= doc.numPages; page++)
          expect(links.get(page) ?? [], `${id}.pdf page ${page}`).toEqual(await viewerLinks(doc, page));
      } finally {
        await doc.destroy();
      }
    }
  });
});

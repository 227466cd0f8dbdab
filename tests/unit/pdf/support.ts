import fs from 'node:fs';
import path from 'node:path';
import { pdfBytesToCvDocument } from '../../../utils/acquire/pdf/node';
import type { PdfPageInput, PdfTextInput } from '../../../utils/document/pdf-layout/types';
import type { CvDocument } from '../../../utils/document/types';
import { PDF_FIXTURES, readFixtureBytes, type SeedId } from '../../support/fixtures';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(PDF_FIXTURES, name)));
}

const cache = new Map<SeedId, Promise<CvDocument>>();

/** The seed PDF read once per test file. */
export function seedDoc(id: SeedId): Promise<CvDocument> {
  let doc = cache.get(id);
  if (!doc) {
    doc = pdfBytesToCvDocument(readFixtureBytes(`seeds/pdf/${id}.pdf`));
    cache.set(id, doc);
  }
  return doc;
}

export const texts = (doc: CvDocument): string[] => doc.lines.map((l) => l.text);

/** A text item with a width of 0.5 em per character, like an average Latin font. */
export function textItem(
  text: string,
  x: number,
  baseline: number,
  size = 10,
  fontName = 'Times',
): PdfTextInput {
  return { text, x, baseline, width: text.length * size * 0.5, fontSize: size, ascent: 0.75, fontName };
}

/** A 600 × 800 pt page holding the items, with no links. */
export function syntheticPage(items: PdfTextInput[], page = 1): PdfPageInput {
  return { page, width: 600, height: 800, items, links: [] };
}

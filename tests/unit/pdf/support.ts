import fs from 'node:fs';
import path from 'node:path';
import { pdfBytesToCvDocument } from '../../../utils/acquire/pdf/node';
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

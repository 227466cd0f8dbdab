import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, listCorpus, splitOf } from '../../../scripts/corpus/corpus';
import { ALLOWED_LICENCES, renderSources, SOURCES_FILE } from '../../../scripts/corpus/sources';
import { DOCUMENT_KINDS, PUBLICATION_KINDS } from '../../../utils/model/profile';
import { SECTION_KINDS } from '../../../utils/sections/types';

const docs = listCorpus();
// The truth's dates: a year, a month or a day, or "present" for an end.
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$|^present$/;

describe('the real-CV corpus', () => {
  it('holds 100+ documents, 45+ of each format, every file with its truth', () => {
    expect(docs.length).toBeGreaterThanOrEqual(100);
    expect(docs.filter((d) => d.truth.format === 'pdf').length).toBeGreaterThanOrEqual(45);
    expect(docs.filter((d) => d.truth.format === 'html').length).toBeGreaterThanOrEqual(45);
    const files = fs.readdirSync(path.join(CORPUS_DIR, 'docs'));
    expect(files.sort()).toEqual(docs.map((d) => `${d.id}.${d.truth.format}`).sort());
  });

  it.each(docs.map((d) => [d.id, d] as const))(
    '%s: provenance, licence and a well-formed truth',
    (_, doc) => {
      const { source, counts, publications } = doc.truth;
      expect(source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      if (source.url !== null) expect(new URL(source.url).protocol).toMatch(/^https?:$/);
      expect(ALLOWED_LICENCES).toContain(source.licence);
      expect(DOCUMENT_KINDS).toContain(doc.truth.document_kind);
      expect(doc.truth.id.startsWith(`${doc.truth.format}-`)).toBe(true);
      expect(counts.publications).toBe(publications.length);
      for (const list of ['education', 'positions'] as const)
        if (counts[list] !== null) expect(counts[list], list).toBe(doc.truth[list].length);
      for (const entry of [...doc.truth.education, ...doc.truth.positions])
        for (const date of [entry.start, entry.end]) if (date !== null) expect(date).toMatch(PARTIAL_DATE);
      for (const p of publications) expect(PUBLICATION_KINDS).toContain(p.kind);
      for (const h of doc.truth.headings) expect(SECTION_KINDS).toContain(h.kind);
      if (doc.truth.family === 'negative') expect(publications.length + doc.truth.education.length).toBe(0);
    },
  );

  it('lists every document in SOURCES.md, generated from the truth files', () => {
    expect(fs.readFileSync(SOURCES_FILE, 'utf8')).toBe(renderSources(docs));
  });

  it('puts a translation in the split of the document it translates, which names no other', () => {
    const ids = new Set(docs.map((d) => d.id));
    const translations = docs.filter((d) => d.truth.translation_of);
    expect(translations.length).toBeGreaterThan(0);
    for (const doc of translations) {
      expect(ids, doc.id).toContain(doc.truth.translation_of);
      // splitKey follows one step: a chain's middle document would take another split than its root.
      const target = docs.find((d) => d.id === doc.truth.translation_of)!;
      expect(
        target.truth.translation_of,
        `${doc.id} names ${target.id}, not the root it translates`,
      ).toBeUndefined();
      expect(doc.split, doc.id).toBe(target.split);
    }
  });

  it('splits by the id alone, about a third for the test split', () => {
    expect(splitOf('pdf-moderncv-garcia')).toBe(splitOf('pdf-moderncv-garcia'));
    const test = docs.filter((d) => d.split === 'test').length / docs.length;
    expect(test).toBeGreaterThan(0.25);
    expect(test).toBeLessThan(0.42);
  });
});

import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readDocument } from '../cli/parse-file';
import { DOCUMENT_KINDS, PUBLICATION_KINDS } from '../../utils/model/profile';
import { SECTION_KINDS } from '../../utils/sections/types';
import { listCorpus, type CorpusDocument } from './corpus';
import { ALLOWED_LICENCES } from './sources';

/**
 * Checks truth files against their documents before they are trained on: what a truth says is
 * printed (titles, headings) must stand in the document's text as the reader acquires it, counts
 * must match the lists, and provenance must be complete. Usage: npm run corpus:check [-- id ...]
 */

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$|^present$/;

// The external scorer compares letters and digits only; so does this check.
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

const includes = <T>(list: readonly T[], value: unknown): boolean => list.includes(value as T);

function checkFields(doc: CorpusDocument): string[] {
  const { truth } = doc;
  const problems: string[] = [];
  if (!doc.file.endsWith(`${truth.id}.${truth.format}`)) problems.push('id and file name differ');
  if (!truth.id.startsWith(`${truth.format}-`)) problems.push(`id does not start with "${truth.format}-"`);
  const { repo, path, commit, licence } = truth.source;
  if (!repo || !path) problems.push('source repo or path missing');
  if (!/^[0-9a-f]{40}$/.test(commit)) problems.push('source commit is not 40 hex digits');
  if (!includes(ALLOWED_LICENCES, licence)) problems.push(`licence "${licence}" is not one that allows redistribution`);
  if (!includes(DOCUMENT_KINDS, truth.document_kind)) problems.push(`document_kind "${truth.document_kind}"`);
  for (const h of truth.headings)
    if (!includes(SECTION_KINDS, h.kind)) problems.push(`heading "${h.text}" has kind "${h.kind}"`);
  for (const p of truth.publications)
    if (!includes(PUBLICATION_KINDS, p.kind)) problems.push(`publication "${p.title}" has kind "${p.kind}"`);
  for (const entry of [...truth.education, ...truth.positions])
    for (const date of [entry.start, entry.end])
      if (date !== null && !DATE.test(date)) problems.push(`date "${date}" is not YYYY[-MM[-DD]] or "present"`);
  for (const list of ['publications', 'education', 'positions'] as const) {
    const count = truth.counts[list];
    if (count !== null && count !== undefined && count !== truth[list].length)
      problems.push(`counts.${list} is ${count} but the list has ${truth[list].length}`);
  }
  if (!truth.truth_method) problems.push('truth_method missing');
  return problems;
}

async function checkText(doc: CorpusDocument): Promise<string[]> {
  const document = await readDocument(doc.file, doc.truth.source.url);
  // A page's name and site title often sit in its header or navigation, outside the main content
  // the reader keeps; the markup's own text is searched too.
  const markup = doc.truth.format === 'html' ? fs.readFileSync(doc.file, 'utf8').replace(/<[^>]*>/g, ' ') : '';
  const text = squash([...document.lines.map((l) => l.text), document.meta.title ?? '', markup].join(' '));
  const missing = (what: string, s: string): string[] =>
    text.includes(squash(s)) ? [] : [`${what} not in the document's text: "${s}"`];
  return [
    ...(doc.truth.name ? missing('name', doc.truth.name) : []),
    ...doc.truth.headings.flatMap((h) => missing('heading', h.text)),
    ...doc.truth.publications.flatMap((p) => missing('title', p.title)),
  ];
}

async function main(ids: string[]): Promise<void> {
  const docs = listCorpus().filter((d) => ids.length === 0 || ids.includes(d.id));
  const unknown = ids.filter((id) => !docs.some((d) => d.id === id));
  if (unknown.length) throw new Error(`no document and truth for: ${unknown.join(', ')}`);
  let failed = 0;
  for (const doc of docs) {
    const problems = [...checkFields(doc), ...(await checkText(doc))];
    if (problems.length === 0) continue;
    failed += 1;
    process.stdout.write(`${doc.id} (${doc.split})\n${problems.map((p) => `  ${p}\n`).join('')}`);
  }
  process.stdout.write(`${docs.length - failed} of ${docs.length} truth files check out\n`);
  if (failed) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));

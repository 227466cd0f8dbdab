import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readDocument } from '../cli/parse-file';
import { listCorpus, type CorpusDocument } from './corpus';
import { personalDataFlags } from './personal-data';

/**
 * Checks truth files against their documents before they are trained on: what a truth says is
 * printed (name, headings, titles) must stand in the document's text as the reader acquires it,
 * and the text must print no personal data (a birth date, a mobile number, a home address; each
 * flag is a lead to judge by eye: tests/corpus/README.md).
 * The truth's shape (provenance, licence, kinds, counts, dates) is checked by the unit suite
 * (tests/unit/corpus). Usage: npm run corpus:check [-- id ...]
 */

// The external scorer compares letters and digits only; so does this check.
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

async function checkText(doc: CorpusDocument): Promise<string[]> {
  const document = await readDocument(doc.file, doc.truth.source.url);
  // A page's name and site title often sit in its header or navigation, outside the main content
  // the reader keeps; the markup's own text is searched too.
  const markup =
    doc.truth.format === 'html' ? fs.readFileSync(doc.file, 'utf8').replace(/<[^>]*>/g, ' ') : '';
  const read = [...document.lines.map((l) => l.text), document.meta.title ?? '', markup].join('\n');
  const text = squash(read);
  const missing = (what: string, s: string): string[] =>
    text.includes(squash(s)) ? [] : [`${what} not in the document's text: "${s}"`];
  return [
    ...(doc.truth.name ? missing('name', doc.truth.name) : []),
    ...doc.truth.headings.flatMap((h) => missing('heading', h.text)),
    ...doc.truth.publications.flatMap((p) => missing('title', p.title)),
    ...personalDataFlags(read).map((flag) => `personal data? ${flag}`),
  ];
}

async function main(ids: string[]): Promise<void> {
  const docs = listCorpus().filter((d) => ids.length === 0 || ids.includes(d.id));
  const unknown = ids.filter((id) => !docs.some((d) => d.id === id));
  if (unknown.length) throw new Error(`no document and truth for: ${unknown.join(', ')}`);
  let failed = 0;
  for (const doc of docs) {
    const problems = await checkText(doc);
    if (problems.length === 0) continue;
    failed += 1;
    process.stdout.write(`${doc.id} (${doc.split})\n${problems.map((p) => `  ${p}\n`).join('')}`);
  }
  process.stdout.write(`${docs.length - failed} of ${docs.length} truth files check out\n`);
  if (failed) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));

import type { Entry } from '../model/profile';
import { DEGREE_WORD } from '../lexicon/entry-words';
import { emissionScores, decode, type LinearChainModel } from '../learn/linear-chain';
import { proseDegreeCandidates } from './prose-degree-features';
import fitted from './prose-degree-model.json';

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const PROSE_DEGREE_MODEL_FILE = 'utils/entries/prose-degree-model.json';

/** The labels of the prose-degree model, in the order of its weights file. */
export const PROSE_DEGREE_LABELS = ['drop', 'degree'] as const;

/** The shipped weights of the prose-degree model. */
export const PROSE_DEGREE_MODEL: LinearChainModel = fitted;

/** Wordings saying the degree was just completed, dated by the letter itself. */
const RECENT = new RegExp(
  `\\b(fresh|recent|newly|new)\\s+(?:${DEGREE_WORD})?\\s*graduate\\b|\\brecently\\s+(?:completed|obtained|defended|received|earned|finished)\\b`,
  'iu',
);

/**
 * Education stated outside an education section: in prose (a cover letter, a biography: "During my
 * PhD at EPFL" gives a PhD entry at EPFL) or in a list's lines ("Ph.D., Texas Tech University,
 * 2016"). Which of the names near a degree word is where it was taken, if any, is the fitted
 * prose-degree model's decision; a degree mention gives at most one entry, its best-scored kept
 * candidate. The year is the one written next to it, or the document's date when the text says the
 * doctorate is recent ("a fresh PhD graduate").
 */
export function proseEducation(
  lines: string[],
  documentDate: string | null,
  model: LinearChainModel = PROSE_DEGREE_MODEL,
): Entry[] {
  const candidates = proseDegreeCandidates(lines);
  if (candidates.length === 0) return [];
  const features = candidates.map((c) => c.features);
  const labels = decode(model, features);
  const degree = PROSE_DEGREE_LABELS.indexOf('degree');
  const weightOf = (key: string): number => model.weights[key] ?? 0;
  // Per degree mention, the kept candidate of the highest margin.
  const best = new Map<number, { index: number; margin: number }>();
  candidates.forEach(({ mention }, i) => {
    if (labels[i] !== degree) return;
    const [drop, kept] = emissionScores([...PROSE_DEGREE_LABELS], weightOf, features[i]!);
    const margin = kept! - drop!;
    const known = best.get(mention);
    if (known === undefined || margin > known.margin) best.set(mention, { index: i, margin });
  });
  const recent = lines.some((l) => RECENT.test(l));
  const entries: Entry[] = [];
  for (const i of [...best.values()].map((b) => b.index).sort((a, b) => a - b)) {
    const { entry } = candidates[i]!;
    if (entries.some((e) => e.title === entry.title && e.organization === entry.organization)) continue;
    const dated =
      entry.end === null && entry.start === null && recent && /^(PhD|DPhil)$/.test(entry.title ?? '')
        ? { ...entry, end: documentDate?.slice(0, 4) ?? null }
        : entry;
    entries.push(dated);
  }
  return entries;
}

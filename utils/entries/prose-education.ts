import type { Entry } from '../model/profile';
import { DEGREE_WORD } from '../lexicon/entry-words';
import type { LinearChainModel } from '../learn/linear-chain';
import { keptMentionEntries } from './mention-entries';
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
  const entries = keptMentionEntries(proseDegreeCandidates(lines), model, PROSE_DEGREE_LABELS);
  const doctorateUndated = (e: Entry): boolean =>
    e.end === null && e.start === null && /^(PhD|DPhil)$/.test(e.title ?? '');
  if (!entries.some(doctorateUndated) || !lines.some((l) => RECENT.test(l))) return entries;
  return entries.map((e) => (doctorateUndated(e) ? { ...e, end: documentDate?.slice(0, 4) ?? null } : e));
}

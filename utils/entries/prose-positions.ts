import type { Line } from '../document/types';
import { decode, emissionScores, type LinearChainModel } from '../learn/linear-chain';
import type { Entry } from '../model/profile';
import { prosePostCandidates } from './prose-post-features';
import fitted from './prose-post-model.json';

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const PROSE_POST_MODEL_FILE = 'utils/entries/prose-post-model.json';

/** The labels of the prose-post model, in the order of its weights file. */
export const PROSE_POST_LABELS = ['drop', 'position'] as const;

/** The shipped weights of the prose-post model. */
export const PROSE_POST_MODEL: LinearChainModel = fitted;

/** A line longer than this is prose: a biography's paragraph, a letter's. */
const PROSE_CHARS = 80;

/** The document's paragraphs of prose, where a biography or a letter states degrees and posts. */
export function proseParagraphs(lines: readonly Line[]): string[] {
  return lines.filter((l) => l.text.length > PROSE_CHARS).map((l) => l.text);
}

/**
 * Positions stated in prose (a biography on a profile page, a cover letter): which of the posts and
 * organisations named together in a sentence are the person's positions is the fitted prose-post
 * model's decision. A role mention gives at most one position: of its candidates the model keeps,
 * the one it scores highest ("his PhD from X and was an assistant professor at Y" is a post at Y).
 */
export function prosePositions(paragraphs: string[], model: LinearChainModel = PROSE_POST_MODEL): Entry[] {
  const candidates = prosePostCandidates(paragraphs);
  if (candidates.length === 0) return [];
  const features = candidates.map((c) => c.features);
  const labels = decode(model, features);
  const position = PROSE_POST_LABELS.indexOf('position');
  const weightOf = (key: string): number => model.weights[key] ?? 0;
  const margin = (i: number): number => {
    const [drop, post] = emissionScores([...PROSE_POST_LABELS], weightOf, features[i]!);
    return post! - drop!;
  };
  // Per role mention, the kept candidate of the highest margin and that margin.
  const best = new Map<number, { index: number; margin: number }>();
  candidates.forEach(({ mention }, i) => {
    if (labels[i] !== position) return;
    const known = best.get(mention);
    const own = margin(i);
    if (known === undefined || own > known.margin) best.set(mention, { index: i, margin: own });
  });
  const entries: Entry[] = [];
  for (const i of [...best.values()].map((b) => b.index).sort((a, b) => a - b)) {
    const { entry } = candidates[i]!;
    if (!entries.some((e) => e.title === entry.title && e.organization === entry.organization))
      entries.push(entry);
  }
  return entries;
}

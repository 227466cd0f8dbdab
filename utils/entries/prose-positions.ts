import type { Line } from '../document/types';
import type { LinearChainModel } from '../learn/linear-chain';
import type { Entry } from '../model/profile';
import { keptMentionEntries } from './mention-entries';
import { PROSE_CHARS, prosePostCandidates } from './prose-post-features';
import fitted from './prose-post-model.json';

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const PROSE_POST_MODEL_FILE = 'utils/entries/prose-post-model.json';

/** The labels of the prose-post model, in the order of its weights file. */
export const PROSE_POST_LABELS = ['drop', 'position'] as const;

/** The shipped weights of the prose-post model. */
export const PROSE_POST_MODEL: LinearChainModel = fitted;

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
  return keptMentionEntries(prosePostCandidates(paragraphs), model, PROSE_POST_LABELS);
}

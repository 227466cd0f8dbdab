import lexicon from './publishers.json';
import { alternation } from './compile';

const words = Object.values(lexicon.words).flat();

/**
 * Whether ASCII word boundaries can find the word: it starts and ends with [A-Za-z0-9_]. The
 * learned models were trained on a matcher with those boundaries; whole-word boundaries in any
 * script (which would also find "Éditions" and "Co.") change their weights and are left for a retraining.
 */
const asciiBounded = (w: string) => /^\w(?:.*\w)?$/.test(w);

/** A publisher word or name: "London: Penguin", "John Wiley & Sons", "Oxford University Press". */
export const PUBLISHER = new RegExp(
  `\\b${alternation([...words, ...lexicon.names].filter(asciiBounded))}\\b`,
  'i',
);

/** Every one-word publisher entry and name part, lower-case, without a final dot: the labeller's tokens. */
export const PUBLISHER_TOKENS: readonly string[] = [...words, ...lexicon.names, ...lexicon.nameParts]
  .filter((w) => !w.includes(' '))
  .map((w) => w.replace(/\.$/, ''));

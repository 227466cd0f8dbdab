import { YEAR } from '../../lexicon/year';

/** A whitespace-delimited word of the string with its offsets: punctuation stays attached. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits on whitespace only. Field boundaries in the tagged data always fall on whitespace, and
 * the punctuation a word carries ("Smith,", "(2011).") is what the features read field ends from.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** A token holding a year, not inside a longer number ("2019,", "(2010a)"); the year is group 1. */
export const YEAR_IN_TOKEN = new RegExp(`(?<!\\d)(${YEAR})(?!\\d)`);

/** A token that is a year alone ("2014b.", "(2010)"); the year is group 1. */
export const YEAR_TOKEN = new RegExp(`^\\(?(${YEAR})[a-z]?\\)?[.,;:]?$`);

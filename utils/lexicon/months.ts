import lexicon from './months.json';
import { alternation, withoutAccents } from './compile';

/** A language the month lexicon lists, by its ISO 639-1 code. */
export type MonthLanguage = keyof typeof lexicon.languages;

interface LanguageMonths {
  /** names[i]: the names of month i + 1. */
  names: string[][];
  /** short[i]: the abbreviations of month i + 1. */
  short: string[][];
}

const LANGUAGES: Record<MonthLanguage, LanguageMonths> = lexicon.languages;
const ALL = Object.keys(LANGUAGES) as MonthLanguage[];

/** The full month names of these languages, each once. */
export function monthNames(languages: readonly MonthLanguage[] = ALL): string[] {
  return [...new Set(languages.flatMap((l) => LANGUAGES[l].names.flat()))];
}

/** The month abbreviations of these languages, each once. */
export function monthAbbreviations(languages: readonly MonthLanguage[] = ALL): string[] {
  return [...new Set(languages.flatMap((l) => LANGUAGES[l].short.flat()))];
}

/** Season words that stand where a month would ("Fall 2020", "Summer 1998"). */
export const SEASONS: readonly string[] = lexicon.seasons.en;

/** Every month word of every language, and its spelling without accents, keyed to 1–12. */
const MONTH_NUMBERS = new Map<string, number>(
  ALL.flatMap((l) =>
    [...LANGUAGES[l].names, ...LANGUAGES[l].short].flatMap((words, i) =>
      words.flatMap((w) => [w, withoutAccents(w)].map((form): [string, number] => [form, (i % 12) + 1])),
    ),
  ),
);

/** A regex source matching any month word of any language (no word boundaries; optional trailing period). */
export const MONTH_WORD = `${alternation(MONTH_NUMBERS.keys())}\\.?`;

/** The number (1–12) of a month word of any language, with or without its period; null for other words. */
export function monthNumber(word: string): number | null {
  return MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

import lexicon from './letter.json';
import { alternation } from './compile';

const words = (byLanguage: Record<string, string[]>): string[] => Object.values(byLanguage).flat();

/** A line that opens a letter: "Dear Committee,", "Sehr geehrte Damen und Herren". */
export const SALUTATION = new RegExp(`^${alternation(words(lexicon.salutations))}(?!\\p{L})`, 'iu');

/** A line that closes a letter before its signature: "Sincerely,", "Mit freundlichen Grüßen". */
export const CLOSING = new RegExp(`^${alternation(words(lexicon.closings))}[,.]?$`, 'iu');

import { escapeWord } from '../../utils/lexicon/compile';
import data from './personal-data-labels.json';

/**
 * Personal data a corpus document must not print (tests/corpus/README.md): a birth date, a mobile
 * number, a home address. The labels CVs print them with and the international mobile ranges are
 * data (personal-data-labels.json). A flag is a lead for a person to judge, not a verdict: a work
 * mobile exists, and a number with no label in a country whose mobiles look like fixed lines (the
 * US, Canada, Denmark) is not flagged at all.
 */
export type PersonalDataKind = 'birth date' | 'mobile number' | 'home address';

/**
 * Latin labels must stand as words ("cell" not in "Cellular", nor in a DOI's "j.cell.2024.12.017");
 * CJK labels have no word edges.
 */
function labelPattern(words: readonly string[]): string {
  return words
    .map((w) =>
      /^\p{Script=Latin}/u.test(w) ? `(?<![\\p{L}./])${escapeWord(w)}(?![\\p{L}.])` : escapeWord(w),
    )
    .join('|');
}

// A phone number: eight digits or more with spaces, dots, dashes, slashes or brackets between.
const PHONE = String.raw`\+?\(?\d[\d\s().\-/]{6,}\d`;
// A date after its label — day, month and year or month and year, in digits or with a month word
// ("12.03.1985", "1985年3月", "3 March 1985", "March 1985") —, not a bare year ("Born 1982", a film).
const DATE_AHEAD = String.raw`(?=\d{1,4}\s?[./\-年]\s?\d{1,2}|\d{1,2}\.?\s+\p{L}{3,9}|\p{L}{3,9}\.?\s+\d)`;
const LABELLED: [PersonalDataKind, RegExp][] = [
  ['birth date', new RegExp(`(${labelPattern(data.birth)})\\s*[:：]?\\s*${DATE_AHEAD}`, 'iu')],
  [
    'mobile number',
    new RegExp(`(${labelPattern(data.mobile)})\\s*(?:number|no\\.?|phone)?\\s*[:：.]?\\s*${PHONE}`, 'iu'),
  ],
  ['home address', new RegExp(`(${labelPattern(data.home)})\\s*[:：]`, 'iu')],
];
const INTERNATIONAL = new RegExp(`\\+\\s?\\d[\\d\\s().\\-/]{7,}\\d`, 'g');
const MOBILE_RANGE = new RegExp(`^(?:${data.mobilePrefixes.join('|')})`);
// China's and Korea's mobiles written the domestic way: 1[3-9] and nine digits, 010 and eight.
const DOMESTIC_MOBILE = /(?<![\d./+-])(?:1[3-9]\d{9}|010[-\s.]?\d{4}[-\s.]?\d{4})(?![\d./-])/;

/** Whether a number in international form falls in a mobile range (its digits, a trunk "(0)" left out). */
function printsInternationalMobile(text: string): boolean {
  return [...text.matchAll(INTERNATIONAL)].some((match) =>
    MOBILE_RANGE.test(match[0].replace(/\(0\)/g, '').replace(/\D/g, '')),
  );
}

/** What personal data a document's text seems to print, one flag per kind, with the words that say so. */
export function personalDataFlags(text: string): string[] {
  const flags = LABELLED.flatMap(([kind, pattern]) => {
    const hit = pattern.exec(text);
    return hit ? [`${kind}: labelled "${hit[1]}"`] : [];
  });
  if (!flags.some((f) => f.startsWith('mobile number'))) {
    if (printsInternationalMobile(text)) flags.push('mobile number: in a mobile range');
    else if (DOMESTIC_MOBILE.test(text)) flags.push('mobile number: a domestic mobile shape');
  }
  return flags;
}

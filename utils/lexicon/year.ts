/**
 * A four-digit year as regex source, without groups or boundaries: 1500–2099, since references
 * cite old works ("Principia, 1687"). Every reader of years builds on this pattern.
 */
export const YEAR = '(?:1[5-9]|20)\\d\\d';

/**
 * A year of the 20th or 21st century, 1900–2099: the years of a CV's own lines. The reader's learned
 * models were trained on features that count only these, so a line naming "1871" is not dated.
 */
export const MODERN_YEAR = '(?:19|20)\\d\\d';

/**
 * Whether a year can be one of a CV's own dates (a degree, a post, an award): older or later years
 * in an entry name its subject ("History of Europe, 1871–1914"), not when it happened.
 */
export function isCvYear(year: number): boolean {
  return year >= 1940 && year <= 2059;
}

/**
 * A line that is a modern year and nothing else ("2024", "2019:"): the sub-heading of a publication
 * list ordered by year.
 */
export const YEAR_ALONE = new RegExp(`^\\P{L}{0,2}${MODERN_YEAR}\\P{L}{0,2}$`, 'u');

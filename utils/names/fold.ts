/**
 * Folding of written names to a comparable ASCII form. Transliterations cover letters that
 * Unicode decomposition leaves alone (ß, ø, ł, …), so "Łukasz" and "Lukasz" fold alike.
 */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŀ: 'l',
};

/** Lower-case, diacritics removed, transliterated; keeps spaces, hyphens and dots. */
export function foldName(text: string): string {
  const lower = text.toLowerCase().replace(/[ßæœøłđðþıŀ]/g, (ch) => TRANSLITERATIONS[ch] ?? ch);
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'`´]/g, '');
}

/** The German convention (ü → ue) gives a second spelling that records also use. */
export function foldNameGerman(text: string): string {
  return foldName(text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
}

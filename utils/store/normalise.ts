/** Lower-case words without accents or punctuation: "Lê Nguyễn" and "le nguyen" compare equal. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key publications are matched by across documents (a title's words, nothing else). */
export function titleKey(title: string): string {
  return normaliseText(title);
}

export function normaliseEmail(email: string): string {
  return email
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
}

/** "https://www.Example.org/x/" and "example.org/x" are one link. */
export function normaliseLink(link: string): string {
  return link
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

const ORCID = /\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b/gi;

/** ORCID iDs mentioned in the given strings (links, emails, raw text). */
export function findOrcids(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(ORCID)) found.add(match[1]!.toUpperCase());
  return [...found];
}

/**
 * Keeps `a` exactly as it is and appends the items of `b` whose key `a` lacks, so that
 * merging a list with itself changes nothing.
 */
export function unionStrings(
  a: readonly string[],
  b: readonly string[],
  key: (s: string) => string,
): string[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const item of b) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

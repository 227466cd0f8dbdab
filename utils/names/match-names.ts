/**
 * Whether two written names can denote one person.
 * TEMPORARY minimal version (foundation): the publications-and-names issue replaces it.
 */
export function namesCanMatch(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  return norm(a) === norm(b);
}

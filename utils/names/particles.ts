/**
 * Lower-case particles that belong to a family name ("van der Waals", "de la Macorra",
 * "bin Salman", "al-Khwarizmi", "El Mhamdi"). Data, not logic: extend freely.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'de',
  'del',
  'della',
  'dello',
  'dei',
  'degli',
  'di',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'des',
  'la',
  'le',
  'lo',
  'les',
  'el',
  'al',
  'bin',
  'binti',
  'bint',
  'ibn',
  'ben',
  'abu',
  'zu',
  'af',
  'av',
  'st',
  'saint',
  'mac',
  'y',
  'e',
]);

export function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase().replace(/[.’']/g, ''));
}

import { looksLikeLocation, ORGANIZATION } from '../lexicon/entry-words';
import { splitCommas } from './split-parts';

/**
 * A unit inside an institution ("Dept. of Chemistry", "School of Public Health", "Institut für
 * Informatik", "Signal Processing Laboratory"): it says where in the institution, not which one.
 * "School of" counts only at the start, since "London School of Economics" is an institution.
 */
const SUBUNIT =
  /^(?:the\s+)?(?:department|dept\.?|school|faculty|division|chair|lehrstuhl|institut für|fachbereich|fakultät|d[ée]partement|laboratoire|facultad|departamento|centre for|center for)\b|\b(?:laboratory|lab|group|unit)$/i;

export function isSubunit(text: string): boolean {
  // A header that ends a sentence ("…, Ecology Laboratory.") still ends with the unit's word.
  return SUBUNIT.test(text.trim().replace(/[.;,]+$/, ''));
}

/**
 * The organisation of a position, given the one chosen by wording and the header's other parts: when
 * it is a sub-unit, or a sub-unit and its institution run together with commas, the institution.
 */
export function preferInstitution(found: string | null, others: string[]): string | null {
  if (!found) return found;
  const chosen = withoutPlace(found);
  const pieces = [...splitCommas(chosen), ...others.flatMap(splitCommas)].filter((p) => ORGANIZATION.test(p));
  const own = splitCommas(chosen).filter((p) => ORGANIZATION.test(p));
  if (own.length > 1 && own.some(isSubunit)) return own.find((p) => !isSubunit(p)) ?? chosen;
  if (!isSubunit(chosen)) return chosen;
  return pieces.find((p) => !isSubunit(p)) ?? chosen;
}

/** "Nokia Bell Labs, Stuttgart, Germany" → "Nokia Bell Labs": the place written after the organisation. */
function withoutPlace(text: string): string {
  const pieces = splitCommas(text);
  for (let keep = 1; keep < pieces.length; keep++) {
    if (looksLikeLocation(pieces.slice(keep).join(', '))) return pieces.slice(0, keep).join(', ');
  }
  return text;
}

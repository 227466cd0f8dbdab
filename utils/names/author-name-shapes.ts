/**
 * How author lists write a person's name, as regex sources: each shape is defined here once and
 * the reader's features pick the shapes they test for.
 */
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";

/** "Smith, J.", "Smith, J. P." */
export const SURNAME_COMMA_INITIALS = `${NAME_WORD},\\s*(?:\\p{Lu}\\.\\s*){1,3}`;
/** "J. Smith", "J. P. Smith" */
export const INITIALS_SURNAME = `(?:\\p{Lu}\\.\\s*){1,3}${NAME_WORD}`;
/** "Surjasama Lahiri", "José D. Trujillo": a given name written out, initials allowed between. */
export const GIVEN_NAME_SURNAME = `${NAME_WORD}\\s+(?:\\p{Lu}\\.\\s*)*${NAME_WORD}`;
/** "Smith J," "Smith JP;" — Vancouver style, only before the list's separator. */
export const SURNAME_CAPITALS = `${NAME_WORD}\\s+\\p{Lu}{1,2}\\b(?=[,;])`;

/** One pattern matching any of the shapes given. */
export function authorNamePattern(shapes: readonly string[], flags = 'u'): RegExp {
  return new RegExp(shapes.length === 1 ? shapes[0]! : `(?:${shapes.join('|')})`, flags);
}

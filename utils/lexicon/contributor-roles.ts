import lexicon from './contributor-roles.json';
import { alternation } from './compile';

/** Every contributor-role word, lower-case, without a final dot. */
export const CONTRIBUTOR_ROLE_WORDS: readonly string[] = Object.values(lexicon.words).flat();

/** A contributor's role as a reference marks it, bracketed or not, with or without its dot: "(Eds.)". */
const ROLE_MARK = `\\(?${alternation(CONTRIBUTOR_ROLE_WORDS)}\\.?\\)?`;

/**
 * One whitespace-free token that is a contributor's role, bracketed or not, with or without its
 * dots: "(Eds.)", "editor", "Hrsg.", "(Writer/Director).".
 */
export const CONTRIBUTOR_ROLE_TOKEN = new RegExp(`^${ROLE_MARK}\\.?$`, 'i');

/**
 * A contributor's role at the start of a token with more glued on ("(Eds.)2019"), but not the
 * start of a longer word ("Edwards", "Editorial", "Edsger").
 */
export const CONTRIBUTOR_ROLE_PREFIX = new RegExp(`^${ROLE_MARK}(?!\\p{L})`, 'iu');

import lexicon from './name-labels.json';
import { alternation } from './compile';

/** A field's label at the start of a text: alone, or followed by a colon or a dash. */
const fieldLabel = (byLanguage: Record<string, string[]>): RegExp =>
  new RegExp(`^\\s*${alternation(Object.values(byLanguage).flat())}\\s*(?:[:：]|\\s[-–—]\\s|$)`, 'iu');

/**
 * A field label before the person's name, as a CV form sets it: "Name:", "Nombre completo –",
 * "姓名：" (the label alone in its cell, or followed by a colon).
 */
export const NAME_LABEL = fieldLabel(lexicon.words);

/** The label of a form's given-name field: "First name", "Prénom :", "Vorname". */
export const GIVEN_NAME_LABEL = fieldLabel(lexicon.givenWords);

/** The label of a form's family-name field: "Family name", "Apellidos:", "Cognome". */
export const FAMILY_NAME_LABEL = fieldLabel(lexicon.familyWords);

import lexicon from './name-labels.json';
import { alternation } from './compile';

/**
 * A field label before the person's name, as a CV form sets it: "Name:", "Nombre completo –",
 * "姓名：" (the label alone in its cell, or followed by a colon).
 */
export const NAME_LABEL = new RegExp(
  `^\\s*${alternation(Object.values(lexicon.words).flat())}\\s*(?:[:：]|\\s[-–—]\\s|$)`,
  'iu',
);

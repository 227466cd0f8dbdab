/**
 * Bold and italic from a PDF font name. Names look like "ABCDEF+LMRoman10-BoldItalic",
 * "TimesNewRomanPS-BoldMT", "Calibri,Bold", "NimbusRomNo9L-Medi" or TeX's "CMBX10"/"SFTI1000",
 * where the style is coded in the family prefix rather than a suffix.
 */

export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

/** Style words after the family name ("-BoldItalic", ",Bold", "-Medi" is Nimbus's bold). */
const BOLD_WORD = /bold|black|heavy|semibd|demi|\bbd|bdit|extrab|ultrab|^medi$|^sb$|^b$|^bi$/i;
const ITALIC_WORD = /ital|obl|slant|kursiv|^it$|^i$|^bi$|bdit|boldit|^sl$/i;

/** TeX font families: Computer Modern, EC/cm-super (SF…), T1 LM variants. */
const TEX_BOLD =
  /^(cmbx|cmb\d|cmssbx|cmbxti|cmbxsl|ecbx|ecbi|ecsx|ecrb|sfbx|sfbi|sfsx|sfxc|tcbx|lmbx|rm-lmbx|ptmb|phvb|pplb|cmttb)/i;
const TEX_ITALIC =
  /^(cmti|cmsl|cmbxti|cmbxsl|cmssi|cmitt|ecti|ecsl|ecbi|ecsi|sfti|sfsl|sfbi|sfsi|sfit|tcti|lmri|rm-lmri|ptmri|ptmbi|phvro|pplri)/i;

/** Math and symbol fonts (a \star, a bullet) are "italic" only by name; the text is not. */
const SYMBOL_FONT = /math|^cmsy|^cmmi|^cmex|^msam|^msbm|^lmsy|^lmmi|symbol|dingbat|wingding|^stix/i;

export function fontStyle(fontName: string): FontStyle {
  // Subset fonts carry a six-letter tag ("ABCDEF+") that means nothing.
  const name = fontName.replace(/^[A-Z]{6}\+/, '');
  if (SYMBOL_FONT.test(name)) return { bold: false, italic: false };
  const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf(','));
  const style = cut >= 0 ? name.slice(cut + 1) : '';
  const family = cut >= 0 ? name.slice(0, cut) : name;
  const bold = BOLD_WORD.test(style) || TEX_BOLD.test(family) || /bold|black|heavy/i.test(family);
  const italic = ITALIC_WORD.test(style) || TEX_ITALIC.test(family) || /italic|oblique/i.test(family);
  return { bold, italic };
}

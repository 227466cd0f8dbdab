/**
 * pdf.js's worker with each text style naming its font ("LMRoman10-Bold"). Text content names
 * fonts only by id, and pdf.js sends a font's real name to the page only while it builds an
 * operator list (read-page.ts); the name is already on the font the text pass loaded, so one
 * property added where the worker writes a style saves those lists. Node patches the legacy build
 * as it loads it (node.ts), the extension build the minified one it ships (wxt.config.ts).
 */

/**
 * Where the worker writes a text style (pdf.js 5.6): `textContent.styles[loadedName] = {
 * fontFamily: font.fallbackName, …` in the legacy build, `b.styles[t]={fontFamily:e.fallbackName,`
 * minified; the group is the font's variable.
 */
const STYLE = /\.styles\[[\w$]+\]\s*=\s*\{\s*fontFamily:\s*([\w$]+)\.fallbackName,/g;

/** The worker's source with `fontName: <font>.name` in every text style; throws if pdf.js changed. */
export function nameFontsInStyles(source: string): string {
  const found = [...source.matchAll(STYLE)].length;
  if (found !== 1)
    throw new Error(
      `pdf.js worker changed: ${found} text styles written as ".styles[id] = { fontFamily: font.fallbackName," (expected 1)`,
    );
  return source.replace(STYLE, (style, font: string) => `${style}fontName:${font}.name,`);
}

/**
 * What separates the parts of a page's title: "Papers | Pascal Michaillat", "Jane Doe – CV",
 * "Publications · Lab". A part is the site's name, the person's, or what the page is.
 */
const TITLE_SEPARATORS = /\s+[|·—–:-]\s+|\s*[|·—–]\s*/;

/** A page title's parts, trimmed, empty ones left out. */
export function titleParts(title: string | null): string[] {
  return (title ?? '')
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
}

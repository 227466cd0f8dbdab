/** Pages no extension may script: browser UI, other extensions, the web stores. */
const RESTRICTED = [
  /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|devtools|view-source):/i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/addons\.mozilla\.org/i,
];

export function isRestrictedUrl(url: string | null): boolean {
  if (!url) return true;
  return RESTRICTED.some((pattern) => pattern.test(url));
}

/** A URL that names a PDF file, for tabs whose content type the script cannot see. */
export function looksLikePdfUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/** The schemes a link read from a page may keep: web addresses and e-mail. */
const KEPT_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** A web address written without its scheme: "www.example.org", "hayder.ai/papers". */
const BARE_HOST = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?:[/?#]|$)/u;

/**
 * The one rule for links taken from a page or a record: http(s) and mailto addresses are kept as
 * written (an address without a scheme, "www.example.org", is a web address and gets https://);
 * javascript:, data:, vbscript:, blob:, file: and anything else a page could smuggle in give null.
 */
export function keptLink(link: string | null | undefined): string | null {
  const text = (link ?? '').trim();
  const address = BARE_HOST.test(text) ? `https://${text}` : text;
  return URL.canParse(address) && KEPT_SCHEMES.has(new URL(address).protocol) ? address : null;
}

/**
 * Page and API data become links only when they are plain web addresses: never javascript:,
 * data: or anything else a CV or a record could smuggle into an href.
 */
export function safeHref(url: string | null | undefined): string | null {
  const kept = keptLink(url);
  return kept && !/^mailto:/i.test(kept) ? new URL(kept).href : null;
}

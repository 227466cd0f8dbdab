/**
 * Page and API data become links only when they are plain web addresses: never javascript:,
 * data: or anything else a CV or a record could smuggle into an href.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

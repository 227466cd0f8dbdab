/** An absolute link target, or null for in-page anchors, scripts and empty links. */
export function resolveHref(href: string | null, base: string | null): string | null {
  const raw = (href ?? '').trim();
  if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) return null;
  if (/^mailto:/i.test(raw)) return raw.split('?')[0] ?? raw;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return raw;
  if (!base) return raw;
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}

import { keptLink } from '../../document/safe-href';
import { SCHEMA_LIMITS } from '../../schema/limits';

/**
 * An absolute link target, or null for in-page anchors, empty links, links longer than a
 * document may carry, and what keptLink refuses: a target the page writes with a scheme other
 * than http(s), mailto or doi (data:, javascript:, vbscript:, blob:, file:) is no link. A
 * relative one is resolved against the base, whatever its scheme (the CLI reads a saved page
 * against its file:// address).
 */
export function resolveHref(href: string | null, base: string | null): string | null {
  const raw = (href ?? '').trim();
  if (!raw || raw.startsWith('#') || raw.length > SCHEMA_LIMITS.url) return null;
  if (/^mailto:/i.test(raw)) return raw.split('?')[0] ?? raw;
  // A doi: link names a DOI, made its web address where the publication is read (clean-entry).
  if (/^doi:/i.test(raw)) return raw;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return keptLink(raw);
  if (!base) return raw;
  try {
    const resolved = new URL(raw, base).href;
    return resolved.length > SCHEMA_LIMITS.url ? null : resolved;
  } catch {
    return raw;
  }
}

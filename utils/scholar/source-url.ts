import { bareDoi } from './source';

/**
 * A DOI as written in a CV may go into a request only in this shape: the 10.NNNN prefix, a slash,
 * and a suffix without whitespace, control characters, `?`, `#` or `..`, which could otherwise
 * end the path, start a query, or climb out of the source's path.
 */
const DOI_SHAPE = /^10\.\d{4,9}\/[^\s?#\p{Cc}]+$/u;
/** A `.` segment, which a URL drops: `10.1234/./x` would ask for another resource than it names. */
const DOT_SEGMENT_IN_DOI = /(?:^|\/)\.(?:\/|$)/;

/** The bare DOI when it is safe to send, else null (the publication is then asked about by title). */
export function requestDoi(doi: string | null): string | null {
  const bare = bareDoi(doi);
  if (bare === null || !DOI_SHAPE.test(bare)) return null;
  return bare.includes('..') || DOT_SEGMENT_IN_DOI.test(bare) ? null : bare;
}

/** A DOI as path segments, each encoded: its slashes stay separators, nothing else can act as one. */
export function doiPath(doi: string): string {
  return doi.split('/').map(encodeURIComponent).join('/');
}

/** A URL that would leave its source's base (another origin, a path outside its prefix). */
export class OutsideSourceError extends Error {
  override readonly name = 'OutsideSourceError';
  constructor(url: string, base: string) {
    super(`Refused a request to ${url}: it is not under ${base}`);
  }
}

function parseUrl(url: string): URL | null {
  return URL.canParse(url) ? new URL(url) : null;
}

function pathPrefix(base: URL): string {
  return base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
}

/** A `.` or `..` path segment, written or percent-encoded: the URL would climb (or stay) elsewhere. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * Whether `url` lies under `base`: same origin, within its path prefix, with no dot segment (a
 * `/works/../members` stays on the origin yet asks for another resource) and no fragment.
 */
export function isUnderBase(url: string, base: string): boolean {
  const target = parseUrl(url);
  const root = parseUrl(base);
  if (!target || !root || DOT_SEGMENT.test(url.split(/[?#]/, 1)[0]!)) return false;
  return (
    target.origin === root.origin &&
    target.hash === '' &&
    `${target.pathname}/`.startsWith(pathPrefix(root)) &&
    // Encoded dots and slashes could still climb on a server that decodes before it normalises.
    !/%2e|%2f/i.test(target.pathname.slice(root.pathname.length).replace(/%25/g, ''))
  );
}

/**
 * Joins a base that may carry a path prefix (http://host/openalex) with an API path and its query.
 * Throws OutsideSourceError when the result would not lie under the base (a path that climbs,
 * starts a query or a fragment): a request that cannot be steered elsewhere.
 */
export function joinUrl(base: string, path: string, params: Record<string, string | number | null>): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  const url = base.replace(/\/+$/, '') + path + (query ? `?${query}` : '');
  // The query is built here, encoded: a `?` or `#` in the path could only be an input's doing.
  if (/[?#]/.test(path) || !isUnderBase(url, base)) throw new OutsideSourceError(url, base);
  return url;
}

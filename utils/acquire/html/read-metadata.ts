import type { PersonMetadata } from '../../document/types';
import { collapseWhitespace } from '../../document/normalize-text';
import type { PageMarks } from './page-marks';

type JsonPerson = PersonMetadata['persons'][number];

/**
 * The content of the first meta element whose `attribute` is `value` (as `meta[name="author"]`
 * selects it), among the page's meta elements found in one walk: a selector looked for walks the
 * whole page when the page lacks it, and most pages lack most of them.
 */
function metaContent(
  metas: readonly Element[],
  attribute: 'name' | 'property',
  value: string,
): string | null {
  const content = metas.find((meta) => meta.getAttribute(attribute) === value)?.getAttribute('content');
  return content ? collapseWhitespace(content) || null : null;
}

/** A text value, from a string, a list's first item or an object's name, at most a few levels down. */
function asText(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return collapseWhitespace(value) || null;
  if (depth > 6) return null;
  if (Array.isArray(value)) return asText(value[0], depth + 1);
  if (value && typeof value === 'object' && 'name' in value)
    return asText((value as { name: unknown }).name, depth + 1);
  return null;
}

/** A JSON-LD block's value; undefined when the block is not JSON (common on real sites). */
function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function isPersonType(type: unknown): boolean {
  return asList(type).some((t) => /(^|\/)Person$/i.test(t));
}

/** Walks a JSON-LD value for schema.org Person objects, wherever they nest (@graph, mainEntity, author). */
function collectJsonLdPersons(value: unknown, out: JsonPerson[], depth = 0): void {
  if (depth > 6 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectJsonLdPersons(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  if (isPersonType(obj['@type'])) {
    out.push({
      name: asText(obj['name']),
      email: asText(obj['email'])?.replace(/^mailto:/i, '') ?? null,
      url: asText(obj['url']),
      affiliation: asText(obj['affiliation']) ?? asText(obj['worksFor']),
      sameAs: asList(obj['sameAs']),
    });
  }
  for (const key of Object.keys(obj)) {
    if (key !== '@type' && key !== '@context') collectJsonLdPersons(obj[key], out, depth + 1);
  }
}

function microdataPersons(items: readonly Element[]): JsonPerson[] {
  return items.map((el) => {
    const prop = (name: string): string | null => {
      const node = el.querySelector(`[itemprop="${name}"]`);
      if (!node) return null;
      const value = node.getAttribute('content') ?? node.getAttribute('href') ?? node.textContent ?? '';
      return collapseWhitespace(value).replace(/^mailto:/i, '') || null;
    };
    return {
      name: prop('name'),
      email: prop('email'),
      url: prop('url'),
      affiliation: prop('affiliation'),
      sameAs: [],
    };
  });
}

/**
 * What the page says of its person outside the visible text, from its marked elements (pageMarks):
 * title, meta tags, JSON-LD and microdata.
 */
export function readMetadata(marks: PageMarks): PersonMetadata {
  const persons: JsonPerson[] = [];
  for (const script of marks.jsonLd) {
    // A malformed block tells nothing; a well-formed one of any shape is walked, bugs not hidden.
    collectJsonLdPersons(parseJsonLd(script.textContent ?? ''), persons);
  }
  persons.push(...microdataPersons(marks.microdata));
  const titleText = marks.title?.textContent ?? '';
  const { metas } = marks;
  const author = metaContent(metas, 'name', 'author') ?? persons.find((p) => p.name)?.name ?? null;
  return {
    title: collapseWhitespace(titleText) || null,
    author,
    ogTitle: metaContent(metas, 'property', 'og:title'),
    description:
      metaContent(metas, 'name', 'description') ?? metaContent(metas, 'property', 'og:description'),
    persons,
  };
}

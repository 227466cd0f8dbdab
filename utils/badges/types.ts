import * as v from 'valibot';
import { VERDICTS } from '../model/scholar';
import { finite, label, list, text, url } from '../schema/fields';

// Structured cloning drops undefined fields: absent means null (or none) here.
const orNull = <T extends v.GenericSchema>(schema: T) => v.nullish(schema, null);

/** One publication the page lists, with what the databases say about it. */
export const BadgeItemSchema = v.object({
  /** The entry's text as the parser read it from this page; its start locates the entry. */
  raw: text(),
  /** Optional fallback locator when the raw text was rewritten (numbering, joins). */
  title: v.optional(v.nullable(text())),
  /** Null when the publication was not checked. */
  verdict: orNull(v.picklist(VERDICTS)),
  citations: orNull(finite),
  /** The record's venue and year (which may differ from the CV's). */
  venue: orNull(text()),
  year: orNull(finite),
  doi: orNull(label),
  url: orNull(url),
  /** The candidate's other names, highlighted in the entry's author list. */
  variantNames: list(text()),
  /** The matched record's first authors: whose paper it is when authorship differs. */
  recordAuthors: v.optional(list(text())),
});
export type BadgeItem = v.InferOutput<typeof BadgeItemSchema>;

/** What the background sets on globalThis.__cvlensBadges before injecting /badges.js. */
export const BadgesConfigSchema = v.object({
  visible: v.boolean(),
  items: list(BadgeItemSchema),
});
export type BadgesConfig = v.InferOutput<typeof BadgesConfigSchema>;

/** Validates the injected configuration: it crosses a world boundary, so it is checked, not trusted. */
export function parseBadgesConfig(value: unknown): BadgesConfig | null {
  const result = v.safeParse(BadgesConfigSchema, value);
  return result.success ? result.output : null;
}

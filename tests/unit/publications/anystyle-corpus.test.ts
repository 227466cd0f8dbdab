import { describe, expect, it } from 'vitest';
import { readFixture } from '../../support/fixtures';
import { readSequences } from '../../../scripts/eval/anystyle-xml';
import { compareField, expectedOf } from '../../../scripts/eval/reference-compare';
import { parsePublication } from '../../../utils/publications/parse-publication';

/**
 * Floors on the hand-tagged corpus, strict and lenient (rules in scripts/eval/reference-compare.ts),
 * set just under today's figures so a regression fails. The targets (title 90%, authors and
 * venue 85%, year 98%) are not all met yet: title and venue are met on the lenient rule only.
 */
const FLOORS = { authors: 0.93, title: 0.899, venue: 0.855, year: 0.985 } as const;
const STRICT_FLOORS = { authors: 0.913, title: 0.867, venue: 0.786, year: 0.985 } as const;

describe('AnyStyle corpus', () => {
  const sequences = readSequences(readFixture('references/anystyle-core.xml'));
  const results = sequences.map((fields) => {
    const got = parsePublication({ raw: fields.map((f) => f.text).join(' '), runs: [], sectionHint: null });
    return { expected: expectedOf(fields), got };
  });

  it('reads all 1,514 entries without throwing', () => {
    expect(sequences).toHaveLength(1514);
  });

  it.each(Object.entries(FLOORS))('%s stays above its lenient floor', (field, floor) => {
    const f = field as keyof typeof FLOORS;
    const ok = results.filter((r) => compareField(f, r.expected, r.got).lenient).length / results.length;
    expect(ok).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(STRICT_FLOORS))('%s stays above its strict floor', (field, floor) => {
    const f = field as keyof typeof STRICT_FLOORS;
    const ok = results.filter((r) => compareField(f, r.expected, r.got).strict).length / results.length;
    expect(ok).toBeGreaterThanOrEqual(floor);
  });
});

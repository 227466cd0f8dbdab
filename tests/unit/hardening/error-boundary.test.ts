/**
 * The reader's one error boundary (buildProfile): a crash in any stage below it ends as a profile
 * that keeps the document's text under a parser-error flag, and no stage below hides a crash.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { buildProfile } from '../../../utils/profile/build-profile';
import { parsePublication } from '../../../utils/publications/parse-publication';
import type { SequenceModel } from '../../../utils/publications/sequence/model';
import { profileFromHtml } from '../../../utils/profile/profile-from-html';
import { readFixture } from '../../support/fixtures';

const PLAIN_ENTRY = 'Ada Lovelace and Alan Turing. On computable numbers. Journal of Kernels, 2019.';

// The publication stage, crashing on demand: a stand-in for any bug below the boundary.
const crash = vi.hoisted(() => ({ on: false }));
vi.mock('../../../utils/publications/index', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../utils/publications/index')>();
  return {
    ...actual,
    analysePublications: (...args: Parameters<typeof actual.analysePublications>) => {
      if (crash.on) throw new TypeError('stand-in parser bug');
      return actual.analysePublications(...args);
    },
  };
});

afterEach(() => void (crash.on = false));

describe('the reader catches once, at buildProfile', () => {
  it('a crash in the publication stage becomes a parser-error flag that keeps the text', () => {
    crash.on = true;
    const profile = profileFromHtml(readFixture('seeds/html/hayou.html'), 'https://example.org/hayou.html');
    expect(profile.documentKind).toBe('unknown');
    expect(profile.publications).toEqual([]);
    expect(profile.flags).toHaveLength(1);
    const [flag] = profile.flags;
    expect(flag).toMatchObject({ kind: 'parser-error', severity: 'warning' });
    expect(flag!.message).toContain('stand-in parser bug');
    // The page's text is all there, unread.
    const text = flag!.evidence?.join('\n') ?? '';
    expect(text).toContain('Soufiane Hayou');
    expect(text.length).toBeGreaterThan(2000);
  });

  it('without a crash, no parser-error flag', () => {
    const profile = profileFromHtml(readFixture('seeds/html/hayou.html'), 'https://example.org/hayou.html');
    expect(profile.flags.some((f) => f.kind === 'parser-error')).toBe(false);
    expect(profile.publications.length).toBeGreaterThan(0);
  });
});

describe('no stage below the boundary hides a crash', () => {
  it('a publication parser that fails throws instead of returning an empty entry', () => {
    const broken = {} as SequenceModel;
    const input = {
      raw: PLAIN_ENTRY,
      runs: [{ text: PLAIN_ENTRY, bold: false, italic: false, href: null }],
      sectionHint: null,
    };
    expect(() => parsePublication(input, broken)).toThrow();
  });
});

/** CV-like text: headings, dated entries, references and noise, one piece a line. */
const cvLine = fc.oneof(
  fc.constantFrom(
    'Education',
    'PUBLICATIONS',
    'Experience',
    'Talks',
    'Awards',
    'Ada Lovelace',
    'ada@example.org',
  ),
  fc.constantFrom(
    '2019 – present: Lecturer, University of Oxford',
    'PhD in Informatics, 2014',
    'Sep. 2020 - 03/2021',
  ),
  fc.constantFrom(
    'Lovelace, A. and Turing, A. (2019). On Graphs. ICML.',
    '[3] A. Lovelace*. Kernels. arXiv:2402.01234',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('the reader below the boundary, on any text', () => {
  it('never fails: no document ends as a parser-error', () => {
    fc.assert(
      fc.property(fc.array(cvLine, { maxLength: 30 }), (lines) => {
        const profile = buildProfile(acquireText(lines.join('\n')));
        expect(profile.flags.filter((f) => f.kind === 'parser-error')).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildCell, buildLine, plainRun } from '../../../utils/document/build-line';
import type { Line } from '../../../utils/document/types';
import { assignSectionKinds, wordingSettlesKind } from '../../../utils/sections/section-kind';
import { sectionKindFeatures } from '../../../utils/sections/section-kind-features';
import type { Section, SectionKind } from '../../../utils/sections/types';
import { matchHeadingWording } from '../../../utils/sections/match-heading-wording';

function line(text: string, block: number): Line {
  return buildLine([buildCell([plainRun(text)])], { kind: 'paragraph', block })!;
}

/** A section as the grouping makes it: the heading's lexicon kinds, its lines in their own blocks. */
function section(heading: string, texts: string[]): Section {
  const kinds = matchHeadingWording(heading).kinds;
  return {
    kinds: kinds.length > 0 ? kinds : (['other'] as SectionKind[]),
    heading,
    headingLevel: 2,
    lines: texts.map((text, i) => ({ line: line(text, i), subheading: null })),
  };
}

describe('wordingSettlesKind', () => {
  it.each([
    ['Professional Experience', true],
    ['2 Professional Experience', true],
    ['Selected Publications & Preprints', true],
    ['Employment', true],
    // "Affiliations" heads the posts held as often as the societies joined.
    ['Affiliations', false],
    ['Professional Affiliations', false],
    ['Employment & Affiliations', false],
    ['Miscellaneous', false],
  ])('%s: %s', (heading, settled) => {
    expect(wordingSettlesKind(section(heading, []))).toBe(settled);
  });
});

describe('section kinds of lists a career wording heads', () => {
  const memberships = [
    'Member, American Economic Association, 2015 – present',
    'Member, Society of Labor Economists, 2012 – present',
    'Member of the scientific committee, Canadian Statistics Advisory Council, 2019 – 2022',
    'Board member, Canadian Economics Association, 2009 – 2012',
  ];

  it('counts the lines that name a membership', () => {
    expect(sectionKindFeatures(section('Affiliations', memberships))).toContain('membership words:most');
    expect(sectionKindFeatures(section('Affiliations', memberships))).toContain('supervision words:none');
  });

  it('reads a list of memberships under "Affiliations" as no career section', () => {
    const [kinds] = assignSectionKinds([section('Affiliations', memberships)]).map((s) => s.kinds);
    expect(kinds).not.toContain('positions');
  });

  it('keeps posts under "Affiliations" a career section', () => {
    const posts = [
      '2019 – present Associate Professor, Department of Economics, University of Toronto',
      '2014 – 2019 Assistant Professor, Department of Economics, McGill University',
      '2012 – 2014 Postdoctoral Fellow, Institute for Fiscal Studies, London',
    ];
    expect(assignSectionKinds([section('Affiliations', posts)])[0]!.kinds).toEqual(['positions']);
  });
});

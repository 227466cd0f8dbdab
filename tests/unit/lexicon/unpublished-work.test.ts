import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../../../utils/document/normalize-text';
import { UNPUBLISHED_WORK_HEADING } from '../../../utils/lexicon/unpublished-work';

const heads = (heading: string): boolean => UNPUBLISHED_WORK_HEADING.test(comparisonKey(heading));

describe('headings over work not yet published', () => {
  it('are told by their phrases, in several languages and casings', () => {
    expect(heads('SELECTED WORKING PAPERS')).toBe(true);
    expect(heads('Work-in-progress')).toBe(true);
    expect(heads('Papers Under Review')).toBe(true);
    expect(heads('Documents de travail')).toBe(true);
    expect(heads('Trabajos en curso')).toBe(true);
  });

  it('not by a heading that merely holds a similar word', () => {
    expect(heads('Publications')).toBe(false);
    expect(heads('Work Experience')).toBe(false);
    expect(heads('Reviewing')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { headingKey } from '../../../scripts/train/heading-labels';

describe('headingKey (aligning truth headings with lines in training)', () => {
  it('drops section numbers with or without a stop, and letter-spacing', () => {
    const education = headingKey('EDUCATION');
    expect(headingKey('E D U C A T I O N')).toBe(education);
    expect(headingKey('2. Education:')).toBe(education);
    expect(headingKey('1 Education')).toBe(education);
    expect(headingKey('IV) Education')).toBe(education);
    expect(headingKey('3.1 Journal Papers')).toBe(headingKey('Journal papers'));
  });

  it('keeps a year or a number that is part of the heading', () => {
    expect(headingKey('2020 Awards')).not.toBe(headingKey('Awards'));
    expect(headingKey('Top 10 Papers')).not.toBe(headingKey('Papers'));
  });
});

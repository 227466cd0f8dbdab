import { describe, expect, it } from 'vitest';
import { sortRows } from '../../../utils/store/list';
import type { CandidateSummary } from '../../../utils/store/candidate-summary';
import { recordOf, rowOf } from '../sidepanel/records';
import { seedProfile } from '../../support/profiles';

function rowNamed(name: string, index: number): CandidateSummary {
  const record = recordOf(`c${index}`, seedProfile('hayou', 'html'), { updatedAt: '2025-01-01T00:00:00Z' });
  return { ...rowOf(record), id: `c${index}`, name };
}

describe('sorting by name', () => {
  it('reads the numbers in names by value, not character by character', () => {
    const names = ['Candidate1000', 'Candidate999', 'candidate990', 'Candidate9', 'Ada Lovelace'];
    const rows = names.map(rowNamed);
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual([
      'Ada Lovelace',
      'Candidate9',
      'candidate990',
      'Candidate999',
      'Candidate1000',
    ]);
    expect(sortRows(rows, 'name', 'desc').map((r) => r.name)[0]).toBe('Candidate1000');
  });
});

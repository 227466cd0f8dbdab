import { describe, expect, it } from 'vitest';
import { duplicatePublicationFlags } from '../../../utils/flags/duplicate-publications';
import { candidateNotInAuthorsFlags } from '../../../utils/flags/candidate-not-in-authors';
import { publicationFlags } from '../../../utils/flags/publication-flags';
import type { Publication } from '../../../utils/model/profile';
import { emptyPublication } from '../../../utils/publications/parse-publication';

const pub = (p: Partial<Publication>): Publication => ({ ...emptyPublication(''), ...p });

describe('publication flags', () => {
  it('flags a repeated title whatever its case and punctuation', () => {
    const flags = duplicatePublicationFlags([
      pub({
        title: 'Data Pruning and Neural Scaling Laws: Fundamental Limitations',
        venue: 'TMLR',
        year: 2023,
      }),
      pub({ title: 'Something else entirely' }),
      pub({
        title: 'Data pruning and neural scaling laws - fundamental limitations',
        venue: 'ICML Workshop',
      }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.publications).toEqual([0, 2]);
  });

  it('does not flag different short titles', () => {
    expect(
      duplicatePublicationFlags([pub({ title: 'Stable ResNet' }), pub({ title: 'Stable Diffusion' })]),
    ).toEqual([]);
  });

  it('flags an author list without the candidate, as a fact about the list', () => {
    const flags = candidateNotInAuthorsFlags(
      [
        pub({ title: 'A', authors: ['X Y'], candidateAuthorIndex: null }),
        pub({ authors: ['Z'], candidateAuthorIndex: 0 }),
      ],
      'Soufiane Hayou',
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]!.publications).toEqual([0]);
    expect(flags[0]!.message).toMatch(/does not include Soufiane Hayou/);
    expect(candidateNotInAuthorsFlags([pub({ authors: ['X Y'] })], null)).toEqual([]);
  });

  it('puts name variants first, with their evidence', () => {
    const flags = publicationFlags(
      [],
      [{ name: 'Bryn Elesedy', evidence: 'Note: previously I used my Welsh name, Bryn.' }],
      'Hayder Elesedy',
    );
    expect(flags[0]).toMatchObject({
      kind: 'name-variant',
      severity: 'info',
      evidence: ['Note: previously I used my Welsh name, Bryn.'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { personalDataFlags } from '../../../scripts/corpus/personal-data';

describe('personal data a corpus document must not print', () => {
  it.each([
    ['Mobile: +44 7911 123456', 'mobile number: labelled "Mobile"'],
    ['Handy 0171 2345678', 'mobile number: labelled "Handy"'],
    ['Jane Roe · +33 6 12 34 56 78 · jane@example.org', 'mobile number: in a mobile range'],
    ['+49 (0) 151 2345 6789', 'mobile number: in a mobile range'],
    ['电话：13912345678', 'mobile number: a domestic mobile shape'],
    ['Date of birth: 12.03.1985', 'birth date: labelled "Date of birth"'],
    ['Née le 3 mars 1985 à Lyon', 'birth date: labelled "Née le"'],
    ['出生年月：1985.03', 'birth date: labelled "出生年月"'],
    ['Born: March 1985, Oslo', 'birth date: labelled "Born"'],
    ['Home address: 12 Elm Street, Springfield', 'home address: labelled "Home address"'],
  ])('flags %s', (text, flag) => {
    expect(personalDataFlags(text)).toEqual([flag]);
  });

  it.each([
    'Smith J. Cell 184(3): 123–134, 2021.',
    'doi:10.1016/j.cell.2024.12.017',
    'A review of the film <Kim Ji-young, Born 1982>',
    'Tel: +1 617 555 0100 (office)',
    'Office: +49 30 2093 1234',
    'Home | CV | Publications',
    'Cellular automata on graphs, 2019',
    'ORCID 0000-0002-1825-0097, grant 11771234567',
  ])('does not flag %s', (text) => {
    expect(personalDataFlags(text)).toEqual([]);
  });
});

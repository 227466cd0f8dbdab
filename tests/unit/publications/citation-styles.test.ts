import { describe, expect, it } from 'vitest';
import { parsePublication } from '../../../utils/publications/parse-publication';

const plain = (raw: string) => parsePublication({ raw, runs: [], sectionHint: null });

/** Citation-style rules, each on an invented entry written the way that style writes it. */
describe('citation styles', () => {
  it('reads a compact chemistry entry: journal and numbers, no title', () => {
    const chem = plain('[4] A. B. Rossi, C. Tanaka, Chem. Mater. 2015, 27, 4410.');
    expect(chem.authors).toEqual(['A. B. Rossi', 'C. Tanaka']);
    expect(chem.title).toBeNull();
    expect(chem.venue).toBe('Chem. Mater');
    expect(chem.year).toBe(2015);
  });

  // The model labels the journal's abbreviated first word a title ('Nucl'); the fields' assembly
  // gives a title of abbreviations right before the venue to the venue (abbreviatedVenueHead).
  it('reads a compact physics entry: journal and numbers, no title', () => {
    const phys = plain('[9] P. Novak and L. Ortiz, Nucl. Phys. B512 (2001) 77-95.');
    expect(phys.title).toBeNull();
    expect(phys.venue).toBe('Nucl. Phys');
    expect(phys.year).toBe(2001);
  });

  it('joins names that each end with a period or lack a comma between them', () => {
    const a = plain('Novak PT. Ortiz LM. A study of river sediment transport. Water Res Q. 2011 12 4 33-40.');
    expect(a.authors).toEqual(['Novak PT', 'Ortiz LM']);
    expect(a.title).toBe('A study of river sediment transport');
    const b = plain(
      'Rossi, A., Tanaka, C. Novak, P. (2012). Sediment and the river. Water Research, 4(2), 1-9.',
    );
    expect(b.authors).toHaveLength(3);
    expect(b.title).toBe('Sediment and the river');
    expect(b.venue).toBe('Water Research');
  });

  it('reads through an APA elision of a long author list', () => {
    const p = plain(
      'Rossi, A., Tanaka, C., Novak, P., ... Ortiz, L. (2019). Rivers at night. Water Research, 8, 1-9.',
    );
    expect(p.authors).toEqual(['Rossi, A.', 'Tanaka, C.', 'Novak, P.', 'Ortiz, L.']);
    expect(p.title).toBe('Rivers at night');
  });

  it('takes "(in press)" in place of the date as the status, not the title', () => {
    const p = plain('Rossi, A., & Novak, P. (in press). Rivers at night. Journal of Water Studies.');
    expect(p.title).toBe('Rivers at night');
    expect(p.venue).toBe('Journal of Water Studies');
    expect(p.status).toBe('accepted');
  });

  it('drops volume numbers and page ranges from the venue', () => {
    expect(plain('Novak, Petra. ‘Rivers at Night’. Modern Philology 41, no. 2 (1990): 1–20.').venue).toBe(
      'Modern Philology',
    );
    expect(
      plain('Rossi, A. (2001). Rivers. In P. Novak (Ed.), River studies (12–30). London: Smith.').venue,
    ).toBe('River studies');
  });

  // Read wrong after round 25's refit (kept then as an expected failure), right again after round 26's.
  it('keeps a meeting year after an acronym in the venue', () => {
    expect(plain('A. Rossi. Rivers at night. River Workshop, ICML 2023.').venue).toBe(
      'River Workshop, ICML 2023',
    );
  });

  it('ends a title before pages and keeps a colon inside it', () => {
    expect(plain('Rossi, A., Computing with Rivers, pp. 12-19, 1999.').title).toBe('Computing with Rivers');
    const p = plain(
      'Novak, P. 2010 Mound B at Cedar Point, Ohio: Public Works, Ritual, and Forager Complexity. Geoarchaeology 21: 6-8.',
    );
    expect(p.title).toBe('Mound B at Cedar Point, Ohio: Public Works, Ritual, and Forager Complexity');
  });

  it('passes over editors named before a collection title', () => {
    const p = plain(
      'Rossi, A. (2000). Rivers. In P. Novak, L. Ortiz, et al. (Eds.), Handbook of rivers (pp. 1-9). Boston: Smith.',
    );
    expect(p.venue).toBe('Handbook of rivers');
  });
});

/** Rules added for Vancouver, notes, humanities comma styles and kind inference; invented entries. */
describe('citation styles: fields within one sentence, imprints and kinds', () => {
  it('splits a Vancouver journal abbreviation run into the title sentence', () => {
    const a = plain('3. Marek D. The sleep of river otters in winter J Zool Res. 2014;12(3):44-51.');
    expect(a.authors).toEqual(['Marek D.']);
    expect(a.title).toBe('The sleep of river otters in winter');
    expect(a.venue).toBe('J Zool Res');
    expect(a.year).toBe(2014);
    const b = plain('Okoro AB, Lind C. Night feeding in herons: a field study Ornithol Lett. 2019;7:10-19.');
    expect(b.title).toBe('Night feeding in herons: a field study');
    expect(b.venue).toBe('Ornithol Lett');
  });

  it('takes a short journal name before Vancouver numbers, and tidies stray spaces before commas', () => {
    const p = plain('Lind Q *, Okoro B*, Marek C. Herons at dusk. Birds. 2011; 3(2) : 15-22.');
    expect(p.authors).toHaveLength(3);
    expect(p.authors[0]).toBe('Lind Q');
    expect(p.title).toBe('Herons at dusk');
    expect(p.venue).toBe('Birds');
  });

  it('reads ISO 4 abbreviations without periods in compact entries, and a leading year', () => {
    const a = plain('[2] K. Lind, P. Marek, J Appl Chem 2004, 18, 220.');
    expect(a.title).toBeNull();
    expect(a.venue).toBe('J Appl Chem');
    const b = plain('Lind K., Marek P., 2004, ApJ, 612, 88');
    expect(b.title).toBeNull();
    expect(b.venue).toBe('ApJ');
    expect(b.year).toBe(2004);
  });

  it('ends a humanities comma-style title at the imprint (city, publisher, year)', () => {
    const a = plain('Marek, Paul, Les rivières de la nuit, Paris, Éditions du Fleuve, 1998.');
    expect(a.title).toBe('Les rivières de la nuit');
    expect(a.venue).toBeNull();
    expect(plain('J. Lind, Herons and Storks, Fleuve Press, London, 1991').title).toBe('Herons and Storks');
  });

  // Read wrong after round 26's refit (kept then as an expected failure), right again after round 27's.
  it('ends a comma-style title at a bare place and year', () => {
    expect(plain('A. Okoro, The Quiet River, Leiden 2007').title).toBe('The Quiet River');
  });

  it('keeps commas inside a title framed by sentence ends', () => {
    const p = plain('Okoro, Ada. Rivers, Herons, Storks: A Natural History. London: Fleuve Press, 2001.');
    expect(p.title).toBe('Rivers, Herons, Storks: A Natural History');
  });

  it('cuts contributors with a role in parentheses off a notes-style title', () => {
    const p = plain('Marek, Paul, Night Rivers, Ada Okoro (ed.), Jan Lind (trans.) (London: Fleuve, 1990).');
    expect(p.title).toBe('Night Rivers');
    expect(p.venue).toBeNull();
  });

  it('reads a chapter "In" a book even when its publisher follows in the same sentence', () => {
    const a = plain(
      'Lind, Jan. “Night Herons.” In Essays on Rivers and Birds. London: Fleuve Press, 1999, 10–22.',
    );
    expect(a.title).toBe('Night Herons');
    expect(a.venue).toBe('Essays on Rivers and Birds');
    expect(a.kind).toBe('chapter');
    const c = plain(
      'Okoro, A. (2001). Herons. In Lind, J., Marek, P., & Rossi, K. (Eds.), Birds of the river (pp. 1-9).',
    );
    expect(c.venue).toBe('Birds of the river');
  });

  it('reads a chapter "in:" a book whose editors come first', () => {
    const b = plain(
      'Okoro, A., Night birds, in: J. Lind and P. Marek (eds.), River Life, Fleuve Press, 1980.',
    );
    expect(b.title).toBe('Night birds');
    expect(b.venue).toBe('River Life');
  });

  it('reads a work with no author: title, then date, then the magazine', () => {
    const p = plain('Herons return to the delta. (2003, May). River Life Magazine, 12(4), p. 8');
    expect(p.authors).toEqual([]);
    expect(p.title).toBe('Herons return to the delta');
    expect(p.venue).toBe('River Life Magazine');
  });

  it('takes a named body in title case as the author', () => {
    const p = plain('[3] National Heron Survey Office. Annual counts of wading birds, 2015.');
    expect(p.authors).toEqual(['National Heron Survey Office']);
    expect(p.title).toBe('Annual counts of wading birds');
  });

  it('reads "Name: Title" (German style) and a comma typed without its space', () => {
    expect(plain('Marek, Paul: Reiher am Fluss. In: Vogelwelt 12, 1999, 3-9.').title).toBe('Reiher am Fluss');
    const p = plain('Okoro, A. and Lind,J.K., Herons of the delta, River Birds, v. 12, pp. 3-9. 2001.');
    expect(p.authors).toEqual(['Okoro, A.', 'Lind, J.K.']);
    expect(p.title).toBe('Herons of the delta');
  });

  // Known gap (README's known gaps): refitted on the 482-document corpus the labeller gave this
  // comma-style entry no venue ("River Birds" before its "v." and "pp." locators); a refit in the
  // twentieth round read it again, and the round's last refit (512 documents) lost it once more; the
  // headings-r21 refit reads it again. It turns with refits: a loss here is a refit to look at.
  it('reads the venue of a comma-style entry with "v." and "pp."', () => {
    const p = plain('Okoro, A. and Lind,J.K., Herons of the delta, River Birds, v. 12, pp. 3-9. 2001.');
    expect(p.venue).toBe('River Birds');
  });

  it('drops an APA genre note from the title, and editors named after a book title from the venue', () => {
    expect(
      plain('Lind, J. (2015). Herons at night (Unpublished doctoral dissertation). Delta University.').title,
    ).toBe('Herons at night');
    const p = plain(
      'Okoro, A. Wading birds. In River Handbook, J. Lind and P. Marek, Eds., vol. 2. Fleuve, 1990.',
    );
    expect(p.venue).toBe('River Handbook');
  });

  it('infers the kind from the shape of the entry', () => {
    expect(plain('[1] A. Okoro, "Herons at night," River Birds, vol. 12, no. 3, pp. 40-52, 1999.').kind).toBe(
      'journal',
    );
    expect(plain('J. Lind. Heron tracking. Technical Report TR-7, Delta Institute, 2003.').kind).toBe(
      'report',
    );
    expect(plain('P. Marek. Herons. In Proceedings of the River Conference, pages 1-9, 2001.').kind).toBe(
      'conference',
    );
    expect(plain('A. Okoro. Herons. PhD thesis, Delta University, 2010.').kind).toBe('thesis');
  });

  it('ends a comma-style title at a status', () => {
    expect(plain('J. Lind, P. Marek, Herons in the Delta, to appear in River Birds Quarterly.').title).toBe(
      'Herons in the Delta',
    );
    const p = plain('P. Marek and A. Okoro (editors). Rivers: State of the Art. Fleuve Press, 1997.');
    expect(p.title).toBe('Rivers: State of the Art');
  });

  // Read wrong after round 25's refit and round 27's last (kept then as an expected failure), right
  // again after round 28's.
  it('reads a genre note as no title', () => {
    expect(plain('A. Okoro. Personal communication, May 2004.').title).toBeNull();
  });

  it('reads one forward name before a colon as the author, unless the authors close the entry', () => {
    const p = plain(
      'Tomasz Lindqvist: Flussauen. In: R. Okoro (Hrsg.): Handbuch der Auen. Fleuve, Bonn 1991, 12-19',
    );
    expect(p.authors).toEqual(['Tomasz Lindqvist']);
    expect(p.title).toBe('Flussauen');
    const q = plain('Heron Tracking: Methods and Limits. River Birds 2021. Ann Okoro, Piet Marek.');
    expect(q.title).toBe('Heron Tracking: Methods and Limits');
    expect(q.authors).toEqual(['Ann Okoro', 'Piet Marek']);
  });

  it('reads two family-first names joined by "and"', () => {
    const p = plain('Okoro, Ann and Marek, Piet, Herons of the delta, River Birds, 12, 1999, 40-52.');
    expect(p.authors).toEqual(['Okoro, Ann', 'Marek, Piet']);
    expect(p.title).toBe('Herons of the delta');
  });

  it('leaves the first title word out of the name before it', () => {
    const a = plain('Lindqvist T. Herons and the river. River Birds, 3(2), 2001.');
    expect(a.authors).toEqual(['Lindqvist T.']);
    expect(a.title).toBe('Herons and the river');
    const c = plain('Ann Okoro, Wading Birds of the Delta and the Sea (Fleuve Press, 1990).');
    expect(c.authors).toEqual(['Ann Okoro']);
    expect(c.title).toBe('Wading Birds of the Delta and the Sea');
  });

  it('leaves a title that starts like a name out of a list of "Family, I." names', () => {
    const b = plain('Okoro, A.; Marek, P.T. Vitamin K: A heron diet. River Birds 2012, 7, 1-9.');
    expect(b.authors).toEqual(['Okoro, A.', 'Marek, P.T.']);
    expect(b.title).toBe('Vitamin K: A heron diet');
  });

  it('reads a newspaper line that opens with the paper', () => {
    const p = plain('River Times, "Herons Return to the Delta," June 3, 1971.');
    expect(p.authors).toEqual([]);
    expect(p.title).toBe('Herons Return to the Delta');
    expect(p.venue).toBe('River Times');
    expect(p.year).toBe(1971);
  });

  it('names arXiv once for a preprint written with its identifier', () => {
    const p = plain('Ann Okoro and Piet Marek. Herons at night. arXiv preprint arXiv:2101.01234, 2021.');
    expect(p.title).toBe('Herons at night');
    expect(p.venue).toBe('arXiv');
    expect(p.arxiv).toBe('2101.01234');
    expect(plain('A. Okoro. Herons at dawn. Preprint, arXiv:2102.04321, 2021.').venue).toBe('arXiv');
  });

  it('ends a venue at a day and month or a French issue number', () => {
    expect(plain('Okoro, A. (1986). Herons return. River Times 21 July 1986: sec. A.').venue).toBe(
      'River Times',
    );
    expect(plain('Okoro, A. Herons in winter. Formes, n°20, 1999, p. 4-9.').venue).toBe('Formes');
  });
});

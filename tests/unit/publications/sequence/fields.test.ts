import { describe, expect, it } from 'vitest';
import { assembleFields } from '../../../../utils/publications/sequence/fields';
import type { Label } from '../../../../utils/publications/sequence/labels';
import { tokenize } from '../../../../utils/publications/sequence/tokenize';

/** The fields of `text` with its tokens labelled in order by `labels`. */
function fieldsOf(text: string, labels: Label[]) {
  const tokens = tokenize(text);
  expect(tokens).toHaveLength(labels.length);
  const fields = assembleFields(text, tokens, labels);
  const slice = (span: { start: number; end: number } | null) =>
    span ? text.slice(span.start, span.end) : null;
  return {
    title: slice(fields.title),
    venue: slice(fields.venue),
    authors: fields.authors.map((a) => a.name),
    year: fields.year,
    looseYear: fields.looseYear,
    accessDatesOnly: fields.accessDatesOnly,
  };
}

describe('assembleFields', () => {
  it('keeps a title whole across a date the labels took out of its middle', () => {
    const text = 'Kefi N. Le château pendant la Ligue (1589-1595): l’apport des textes archéologiques, 2010.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'date',
      'title',
      'title',
      'title',
      'title',
      'date',
    ];
    expect(fieldsOf(text, labels).title).toBe(
      'Le château pendant la Ligue (1589-1595): l’apport des textes archéologiques,',
    );
  });

  it('joins two runs of a venue over a volume of two words', () => {
    const text = 'Smith J. Title here. Proceedings of SPIE vol. 1612, Cooperative Robotics II, 1991.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'container',
      'container',
      'container',
      'volume',
      'volume',
      'container',
      'container',
      'container',
      'date',
    ];
    expect(fieldsOf(text, labels).venue).toBe('Proceedings of SPIE vol. 1612, Cooperative Robotics II,');
  });

  it('joins no runs with more than one run between them: the longer is the title', () => {
    const text = 'Lee A. A short one. In Some Book: the long title run here, 2001.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'other',
      'container',
      'container',
      'title',
      'title',
      'title',
      'title',
      'title',
      'date',
    ];
    const fields = fieldsOf(text, labels);
    expect(fields.title).toBe('the long title run here,');
    expect(fields.venue).toBe('Some Book:');
    expect(fields.authors).toEqual(['Lee A.']);
  });

  it('takes no year from a page range written with spaces, even labelled a date', () => {
    const text = 'Lee A. Whale falls. Deep Sea Res., pp. 1573 – 1584, 2010.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'container',
      'container',
      'container',
      'pages',
      'date',
      'date',
      'date',
      'date',
    ];
    expect(fieldsOf(text, labels).year).toBe(2010);
  });

  it('passes over access dates: none but them means the work names no year', () => {
    const labels: Label[] = ['author', 'author', 'title', 'title', 'note', 'note', 'note', 'date'];
    const accessed = fieldsOf('United Nations. “Human Rights.” Accessed 3 Mar. 2012.', labels);
    expect(accessed).toMatchObject({ year: null, accessDatesOnly: true });
    const written = fieldsOf('United Nations. “Human Rights.” Geneva, 3 Mar. 2012.', labels);
    expect(written).toMatchObject({ year: 2012, accessDatesOnly: false });
  });

  it('reads one list of names where the labels split it into authors and editors before the title', () => {
    const text = 'Clem, Ralph S., and Joseph D. Olander, eds. No Room for Man. Totowa, 1979.';
    const labels: Label[] = [
      'author',
      'author',
      'author',
      'author',
      'author',
      'editor',
      'editor',
      'editor',
      'title',
      'title',
      'title',
      'title',
      'location',
      'date',
    ];
    expect(fieldsOf(text, labels).authors).toEqual(['Clem, Ralph S.', 'Joseph D. Olander']);
  });

  it('keeps the editors of a collection after the title out of the author list', () => {
    const text = 'Lee A. Whale falls. In Ray B., ed., Deep Sea, 2010.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'other',
      'editor',
      'editor',
      'editor',
      'container',
      'container',
      'date',
    ];
    expect(fieldsOf(text, labels).authors).toEqual(['Lee A.']);
  });

  it('ends a quoted title where its quote closes on a comma, though the labels run on', () => {
    const text = 'Lee A., “Whale falls in the deep,” in Deep Sea Studies, 2010.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'container',
      'date',
    ];
    expect(fieldsOf(text, labels).title).toBe('“Whale falls in the deep,”');
  });

  it('keeps a title going after a quoted head followed by a colon or a nested quote', () => {
    const colon = 'Lee A. “Whale falls”: Life on the deep floor. Deep Sea, 2010.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'container',
      'container',
      'date',
    ];
    expect(fieldsOf(colon, labels).title).toBe('“Whale falls”: Life on the deep floor.');
    const nested = 'Lee A. « La « mer » profonde », Océans, 2010.';
    const nestedLabels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'container',
      'date',
    ];
    expect(fieldsOf(nested, nestedLabels).title).toBe('« La « mer » profonde »,');
  });

  it('ends a title run on before a container opened by "in" after a comma', () => {
    const text = 'Lee A., Whale falls, in Deep Sea Studies, 2010.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'container',
      'date',
    ];
    expect(fieldsOf(text, labels).title).toBe('Whale falls,');
  });

  it('gives the venue the words a title run was cut off before, when the labels name no venue', () => {
    const afterIn = 'Lee A. (2007) Whale falls. In Deep Sea Studies: Life and Death. Brill.';
    const inLabels: Label[] = ['author', 'author', 'date', ...Array<Label>(9).fill('title'), 'publisher'];
    expect(fieldsOf(afterIn, inLabels)).toMatchObject({
      title: 'Whale falls.',
      venue: 'Deep Sea Studies: Life and Death.',
    });
    const afterQuote = 'Galy E. 1875 "Divinité panthée" Bulletin historique du Périgord 2 125-134';
    const quoteLabels: Label[] = [
      'author',
      'author',
      'date',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'volume',
      'pages',
    ];
    expect(fieldsOf(afterQuote, quoteLabels)).toMatchObject({
      title: '"Divinité panthée"',
      venue: 'Bulletin historique du Périgord',
    });
    // A labelled venue stands; a second quoted title after the first is a list of works, no venue.
    expect(fieldsOf(afterIn, [...inLabels.slice(0, -1), 'container']).venue).toBe('Brill.');
    const works = 'Lee, Ann. Novels: “Whale Falls,” “The Deep.” Brill, 1982.';
    const workLabels: Label[] = [
      'author',
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'publisher',
      'date',
    ];
    expect(fieldsOf(works, workLabels)).toMatchObject({ title: '“Whale Falls,”', venue: null });
  });

  it('finds a year standing alone when none is labelled, passing over page numbers', () => {
    const text = 'Lee A., 2014b. Whale falls. Deep Sea 66(7), 1693–1704.';
    const labels: Label[] = [
      'author',
      'author',
      'other',
      'title',
      'title',
      'container',
      'container',
      'volume',
      'pages',
    ];
    const fields = fieldsOf(text, labels);
    expect(fields.year).toBeNull();
    expect(fields.looseYear).toBe(2014);
  });

  it('starts a title at the quote it opens inside, or at a quote after a field ended before it', () => {
    // The labels start the title after "Gotcha!": the quote opened one word before.
    const inside = 'Fang C. “Gotcha! I Know Your Cloud,” CCS 2023.';
    const insideLabels: Label[] = [
      'author',
      'author',
      'other',
      'title',
      'title',
      'title',
      'title',
      'container',
      'date',
    ];
    expect(fieldsOf(inside, insideLabels).title).toBe('“Gotcha! I Know Your Cloud,”');
    // The labels run the title over the group's name: the quoted words after its period are the title.
    const group = 'River Collaboration (RC). “Trends in whale falls”. Nature (2024).';
    const groupLabels: Label[] = [
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'container',
      'date',
    ];
    expect(fieldsOf(group, groupLabels).title).toBe('“Trends in whale falls”.');
    // A quote inside a title after a colon is the title's own: nothing is cut.
    const colon = 'Lee A. Comment on: “Whale falls”. Deep Sea, 2010.';
    const colonLabels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'container',
      'container',
      'date',
    ];
    expect(fieldsOf(colon, colonLabels).title).toBe('Comment on: “Whale falls”.');
  });

  it('ends a quoted title at its closing quote before a capitalised container', () => {
    const text = 'Galy E. 1875 "Divinité panthée" Bulletin historique 2 125-134';
    const labels: Label[] = [
      'author',
      'author',
      'date',
      'title',
      'title',
      'title',
      'title',
      'volume',
      'pages',
    ];
    expect(fieldsOf(text, labels).title).toBe('"Divinité panthée"');
  });

  it('ends a title before a link label, a parenthesis of co-authors, or a status phrase', () => {
    const link = 'Whale Falls in Real Time (pdf) Ann Lee e Bo Chen';
    const linkLabels = Array<Label>(11).fill('title');
    expect(fieldsOf(link, linkLabels).title).toBe('Whale Falls in Real Time');
    // "code" is no label here: it is a title's word too ("optimised code").
    const code = 'Whale falls and optimised code. Deep Sea, 2010.';
    const codeLabels: Label[] = [
      'title',
      'title',
      'title',
      'title',
      'title',
      'container',
      'container',
      'date',
    ];
    expect(fieldsOf(code, codeLabels).title).toBe('Whale falls and optimised code.');
    const withNames = 'Whale falls and deep sea life (with Ann Lee)';
    expect(fieldsOf(withNames, Array<Label>(9).fill('title')).title).toBe('Whale falls and deep sea life');
    const status = 'Whale falls Published in Deep Sea, 2015 This article argues';
    expect(fieldsOf(status, Array<Label>(10).fill('title')).title).toBe('Whale falls');
    // "Published" opening a title, or not followed by a link word, stays.
    const own = 'Whale falls Published Widely';
    expect(fieldsOf(own, Array<Label>(4).fill('title')).title).toBe('Whale falls Published Widely');
  });

  it('gives the author list the names ending in a colon the labels began the title on', () => {
    const labels = (authors: number, title: number, rest: Label[]) => [
      ...Array<Label>(authors).fill('author'),
      ...Array<Label>(title).fill('title'),
      ...rest,
    ];
    const initials = 'H Johansson, M Bergenheim and J Pedersen: Muscle pain syndromes. Am J Ind Med 1999';
    const initialsFields = fieldsOf(
      initials,
      labels(5, 5, ['container', 'container', 'container', 'container', 'date']),
    );
    expect(initialsFields.title).toBe('Muscle pain syndromes.');
    expect(initialsFields.authors).toEqual(['H Johansson', 'M Bergenheim', 'J Pedersen']);
    const list =
      'Reiser, Helmut, Urban, Michael und Willmann, Marc: Integrierte Erziehungshilfe. Göttingen 2008';
    expect(fieldsOf(list, labels(2, 7, ['location', 'date'])).title).toBe('Integrierte Erziehungshilfe.');
    // A title's own words before its colon hold no initial and are no list: they stay.
    const own = 'Kubik, Reinhold, Händels Rinaldo: Geschichte, Werk, Wirkung (Hamburg, 1982).';
    expect(fieldsOf(own, labels(2, 5, ['location', 'date'])).title).toBe(
      'Händels Rinaldo: Geschichte, Werk, Wirkung',
    );
  });

  it('carries a title or venue ended on a joining word on to the next punctuation', () => {
    const text = 'Marr, D. Shapes. Proceedings of the Royal Society of London, B200, 269-294.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'container',
      'container',
      'container',
      'container',
      'container',
      'container',
      'location',
      'volume',
      'pages',
    ];
    expect(fieldsOf(text, labels).venue).toBe('Proceedings of the Royal Society of London,');
    // Not past three words: no field end is in sight.
    const far = 'Marr, D. Shapes of the four great rivers in spring';
    const farLabels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
    ];
    expect(fieldsOf(far, farLabels).title).toBe('Shapes of');
  });

  it('starts a title after the names, dashes or year the labels began it on', () => {
    const title = (text: string, labels: Label[]) => fieldsOf(text, labels);
    const paren = title('Esty, Joshua (Jed). Unseasonable Youth. Oxford, 2012.', [
      'author',
      'author',
      'title',
      'title',
      'title',
      'location',
      'date',
    ]);
    expect(paren.title).toBe('Unseasonable Youth.');
    expect(paren.authors[0]).toBe('Esty, Joshua');
    const dated = title('Bar Association, Commission on Women. (2016) A Current Glance. Chicago.', [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'title',
      'location',
    ]);
    expect(dated.title).toBe('A Current Glance.');
    expect(dated.year).toBe(2016);
    expect(dated.authors.join(', ')).toBe('Bar Association, Commission on Women');
    const dashes = title('--- Jewish Law from Jesus (London, 1990).', [
      'title',
      'title',
      'title',
      'title',
      'title',
      'location',
      'date',
    ]);
    expect(dashes.title).toBe('Jewish Law from Jesus');
    // A year inside a quoted title, or before a lower-case word, is the title's.
    const quoted = title('Conway, M. “Catholicism in the 1940s. Elements,” in Left Catholicism, 2001.', [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'other',
      'container',
      'container',
      'date',
    ]);
    expect(quoted.title).toBe('“Catholicism in the 1940s. Elements,”');
    const inner = title("Lee, A. Kelly's (1997) suggestion on whales. Sea, 2001.", [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'container',
      'date',
    ]);
    expect(inner.title).toBe("Kelly's (1997) suggestion on whales.");
  });

  it('ends a title before a page or volume locator after its comma or colon', () => {
    const page = 'Lee, A. Computer Architecture, page 346. Morgan Kaufman, 1994.';
    const pageLabels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'publisher',
      'publisher',
      'date',
    ];
    expect(fieldsOf(page, pageLabels).title).toBe('Computer Architecture,');
    const volume = 'Lee, A. The Gospel: Vol.3 (tr. Bo Chen), London, 1987.';
    const volumeLabels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'other',
      'other',
      'location',
      'date',
    ];
    expect(fieldsOf(volume, volumeLabels).title).toBe('The Gospel:');
    // A number without a comma before it stays the title's ("Pages 2 Remember").
    const own = 'Lee, A. Pages 2 Remember. Sea, 1987.';
    const ownLabels: Label[] = ['author', 'author', 'title', 'title', 'title', 'container', 'date'];
    expect(fieldsOf(own, ownLabels).title).toBe('Pages 2 Remember.');
  });

  it('ends a title before the city of its imprint the labels ran it into', () => {
    const imprint = 'Lee, A. On the Stigma of Mental Illness Washington, D.C.: APA 2005.';
    const labels: Label[] = [...Array<Label>(9).fill('title'), 'location', 'publisher', 'date'];
    labels[0] = 'author';
    labels[1] = 'author';
    expect(fieldsOf(imprint, labels).title).toBe('On the Stigma of Mental Illness');
    // After a lower-case word, or ending its sentence, the city is the title's.
    const own = 'Lee, A. La vie à Paris';
    expect(fieldsOf(own, ['author', 'author', 'title', 'title', 'title', 'title']).title).toBe(
      'La vie à Paris',
    );
    const walking = 'Lee, A. Walking London. Sea, 2005.';
    expect(fieldsOf(walking, ['author', 'author', 'title', 'title', 'container', 'date']).title).toBe(
      'Walking London.',
    );
  });

  it('starts a venue after the year and punctuation the labels began it on, not after a year of its name', () => {
    const dated = 'Lee, A. Whale falls, 1997. Deep Sea Research, to appear.';
    const labels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'container',
      'container',
      'container',
      'container',
      'note',
      'note',
    ];
    expect(fieldsOf(dated, labels).venue).toBe('Deep Sea Research,');
    const named = 'Lee, A. Whale falls. 2019 IEEE Conference on Whales, 2019.';
    const namedLabels: Label[] = [
      'author',
      'author',
      'title',
      'title',
      'container',
      'container',
      'container',
      'container',
      'container',
      'date',
    ];
    expect(fieldsOf(named, namedLabels).venue).toBe('2019 IEEE Conference on Whales,');
  });

  it("keeps a title's dashes and its opening article where they are not names", () => {
    const dashes = 'Folksonomized Ontologies -- from social to formal (pdf) Hugo Alves';
    const dashLabels: Label[] = [...Array<Label>(8).fill('title'), 'author', 'author'];
    expect(fieldsOf(dashes, dashLabels).title).toBe('Folksonomized Ontologies -- from social to formal');
    const article = 'C. Liu, et al., A Disappearing Act: Missing Flares, arXiv: 2606.06578';
    const articleLabels: Label[] = [
      'author',
      'author',
      'author',
      'author',
      'title',
      'title',
      'title',
      'title',
      'title',
      'other',
      'identifier',
    ];
    expect(fieldsOf(article, articleLabels).title).toBe('A Disappearing Act: Missing Flares,');
  });

  it("gives the venue the abbreviated words labelled a title or an author's before it, after the list's comma", () => {
    // "[5] E. Lind, J. Opt. Soc. Am. 1982, 72, 899.": "J. Opt." labelled authors, "Soc." the title.
    const journal = '[5] E. Lind, J. Opt. Soc. Am. 1982, 72, 899.';
    const journalLabels: Label[] = [
      'other',
      'author',
      'author',
      'author',
      'author',
      'title',
      'container',
      'date',
      'volume',
      'pages',
    ];
    const read = fieldsOf(journal, journalLabels);
    expect(read.venue).toBe('J. Opt. Soc. Am.');
    expect(read.title).toBeNull();
    expect(read.authors).toEqual(['E. Lind']);
    // A one-word title after a name's period stays a title, and the name stays whole.
    const play = 'Lind, Piotr. Othello. Fleuve Theater, Paris, April 2012.';
    const playLabels: Label[] = [
      'author',
      'author',
      'title',
      'container',
      'container',
      'location',
      'date',
      'date',
    ];
    const played = fieldsOf(play, playLabels);
    expect(played.title).toBe('Othello.');
    expect(played.venue).toBe('Fleuve Theater,');
  });
});

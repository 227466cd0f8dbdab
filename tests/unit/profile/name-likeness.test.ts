import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { nameCandidates } from '../../../utils/profile/name-candidates';
import {
  cleanNameCandidate,
  isNameLike,
  namesInLine,
  recasedName,
} from '../../../utils/profile/name-likeness';

describe('what reads as a name', () => {
  it('takes a Chinese or Korean name in its own script, but not a longer run of characters', () => {
    expect(isNameLike('刘刚军')).toBe(true);
    expect(isNameLike('김민준')).toBe(true);
    expect(isNameLike('上海交通大学博士')).toBe(false);
    expect(isNameLike('刘 刚军')).toBe(false);
  });

  it('takes a Japanese name set family name, space, given name in kanji or kana', () => {
    expect(isNameLike('松井 晟進')).toBe(true);
    expect(isNameLike('山田 さくら')).toBe(true);
    expect(isNameLike('研究 分野について')).toBe(false);
  });

  it('takes no page word written inside a longer run of Han as a name: that script parts no words', () => {
    expect(isNameLike('公开简历')).toBe(false);
    expect(isNameLike('团队成员')).toBe(false);
    expect(isNameLike('教师')).toBe(false);
    expect(isNameLike('刘杨')).toBe(true);
  });

  it('takes no template placeholder as a name', () => {
    expect(isNameLike('Your Name')).toBe(false);
    expect(isNameLike('John Doe')).toBe(false);
    expect(isNameLike('John Dorn')).toBe(true);
  });

  it('takes a capitalised particle ending a name as its family name, not a particle alone', () => {
    expect(isNameLike('Danni Du')).toBe(true);
    expect(isNameLike('Minh Do')).toBe(true);
    expect(isNameLike('Danni du')).toBe(false);
    expect(isNameLike('De Du')).toBe(false);
  });

  it('takes no word a CV is titled with as a name, in any script', () => {
    expect(isNameLike('个人简历')).toBe(false);
    expect(isNameLike('履歴書')).toBe(false);
    expect(isNameLike('履歴')).toBe(false);
    expect(isNameLike('이력')).toBe(false);
    expect(isNameLike('経歴')).toBe(false);
    expect(isNameLike('贺志浩')).toBe(true);
  });

  it('offers the name in a Chinese page title to the ranker, marked as such', () => {
    const doc = htmlToCvDocument(
      '<html><head><title>刘刚军 | MILab</title></head><body><h2>学术经历</h2><ul><li>2019–至今 深圳湾实验室副研究员</li></ul></body></html>',
      null,
    );
    const candidate = nameCandidates(doc, []).find((c) => c.name === '刘刚军');
    expect(candidate?.features).toEqual(expect.arrayContaining(['src:title', 'name:cjk']));
  });
});

describe('how often the text writes a candidate whole', () => {
  const featuresOf = (html: string, name: string) =>
    nameCandidates(htmlToCvDocument(html, null), []).find((c) => c.name === name)?.features ?? [];

  it('marks a name only the metadata gives as not in the text', () => {
    const html = (body: string) =>
      `<html><head><meta name="author" content="Brady Planden"></head><body>${body}</body></html>`;
    expect(featuresOf(html('<h2>Today I learned</h2><p>Notes on git.</p>'), 'Brady Planden')).toContain(
      'name:not in the text',
    );
    expect(featuresOf(html('<p>Dr Brady Planden is a postdoc at Oxford.</p>'), 'Brady Planden')).toContain(
      'name:in the text once',
    );
    expect(
      featuresOf(html('<h1>Brady Planden</h1><p>Dr Brady Planden is a postdoc.</p>'), 'Brady Planden'),
    ).toContain('name:in the text 2+ times');
  });

  it('leaves an author run’s name, written family first in its lists, to the run’s own features', () => {
    const list = ['Hendon, C. H., Walsh, A.', 'Walsh, A., Hendon, C. H.', 'Hendon, C. H., Hunt, S. T.']
      .map((authors, i) => `<li>${authors}, A result number ${i}, Nature, 2016</li>`)
      .join('');
    const features = featuresOf(
      `<html><body><h2>Publications</h2><ol>${list}</ol></body></html>`,
      'C. H. Hendon',
    );
    expect(features).toContain('src:author run');
    expect(features.filter((f) => f.startsWith('name:') && f.includes('the text'))).toEqual([]);
  });
});

describe('a name spelt in the person’s addresses', () => {
  const page = (body: string, url: string | null) =>
    htmlToCvDocument(`<html><head><title>Curriculum Vitae</title></head><body>${body}</body></html>`, url);
  const featuresOf = (doc: ReturnType<typeof page>, name: string) =>
    nameCandidates(doc, []).find((c) => c.name === name)?.features ?? [];

  it('marks a candidate whose word is in an e-mail address near the top or a mailto link', () => {
    const doc = page('<p>Ryuya Ko</p><p>Working Papers</p><p>ryuya.ko@utexas.edu</p>', null);
    expect(featuresOf(doc, 'Ryuya Ko')).toContain('name:in e-mail');
    expect(featuresOf(doc, 'Working Papers')).not.toContain('name:in e-mail');
    const linked = page('<p>Jane Dorn</p><p><a href="mailto:jdorn@uni.edu">write to me</a></p>', null);
    expect(featuresOf(linked, 'Jane Dorn')).toContain('name:in e-mail');
  });

  it('marks a candidate whose word is in the page’s own address, host or first folder', () => {
    expect(featuresOf(page('<h1>Neal Caren</h1>', 'https://nealcaren.org/cv/'), 'Neal Caren')).toContain(
      'name:in site address',
    );
    expect(featuresOf(page('<h1>Jane Dorn</h1>', 'https://uni.edu/~jdorn/'), 'Jane Dorn')).toContain(
      'name:in site address',
    );
    // Words shorter than three letters are in too many addresses to say anything.
    expect(featuresOf(page('<h1>Li Na</h1>', 'https://lina-lab.org/'), 'Li Na')).not.toContain(
      'name:in site address',
    );
  });
});

describe('names written otherwise than as a name', () => {
  it('strips an academic rank written before the name, as the titles lexicon lists it', () => {
    expect(cleanNameCandidate('Associate Professor Caroline Beck')).toBe('Caroline Beck');
    expect(cleanNameCandidate('Assistant Professor Jo Li')).toBe('Jo Li');
    expect(cleanNameCandidate('Prof. Dr. Jane Doe')).toBe('Jane Doe');
  });

  it('strips the words naming the document after a name, and nothing else', () => {
    expect(cleanNameCandidate('Dr. Chris Gilbert Résumé')).toBe('Chris Gilbert');
    expect(cleanNameCandidate('Jane Doe - Curriculum Vitae')).toBe('Jane Doe');
    expect(cleanNameCandidate('Jane Doe CV')).toBe('Jane Doe');
    expect(cleanNameCandidate('Jane Docv')).toBe('Jane Docv');
    expect(isNameLike(cleanNameCandidate('Curriculum Vitae'))).toBe(false);
  });

  it('strips a bracket after the name (another script, pronouns, the file), not a year', () => {
    expect(cleanNameCandidate('Junming Duan (段俊明)')).toBe('Junming Duan');
    expect(cleanNameCandidate('Baro Kim (김바로)')).toBe('Baro Kim');
    expect(cleanNameCandidate('김바로(Kim, Ba-ro/金把路)')).toBe('김바로');
    expect(cleanNameCandidate('Clifford Anderson (resume)')).toBe('Clifford Anderson');
    expect(cleanNameCandidate('Ada Lovelace (1815)')).toBe('Ada Lovelace (1815)');
    expect(cleanNameCandidate('Jane Doe (she/her)')).toBe('Jane Doe');
  });

  it('closes up a hyphen a letterhead in capitals sets with spaces, and only there', () => {
    expect(cleanNameCandidate('LACEY HARRIS - COBLE')).toBe('LACEY HARRIS-COBLE');
    expect(cleanNameCandidate('Jane Dorn - Research')).toBe('Jane Dorn - Research');
  });

  it('closes up a Chinese or Korean name set letter-spaced, and only such a name', () => {
    expect(cleanNameCandidate('封 森 耀')).toBe('封森耀');
    expect(cleanNameCandidate('김 바 로')).toBe('김바로');
    // A family and a given name of two characters each keep their space.
    expect(cleanNameCandidate('松井 晟進')).toBe('松井 晟進');
  });

  it('takes a nickname in double quotes inside a name, not a quoted phrase alone', () => {
    expect(isNameLike('Chris “Gilly” Gilbert')).toBe(true);
    expect(isNameLike('Chris "Gilly" Gilbert')).toBe(true);
    expect(isNameLike('“Gilly”')).toBe(false);
    expect(isNameLike('Chris “gilly” Gilbert')).toBe(false);
  });

  it('takes a nickname in brackets inside a name, not a bracketed phrase', () => {
    expect(isNameLike('Elliett (Ellie) Baca')).toBe(true);
    expect(isNameLike('T.P. (Tom) Louwerse')).toBe(true);
    expect(isNameLike('Research (current) Projects')).toBe(false);
    expect(cleanNameCandidate('Elliett (Ellie) Baca (she/her)')).toBe('Elliett (Ellie) Baca');
  });

  it('takes Spanish and Italian particles inside a name', () => {
    expect(isNameLike('Ivan de las Heras')).toBe(true);
    expect(isNameLike('Ana de los Santos')).toBe(true);
  });

  it('counts five words of a long name besides its particles, not six', () => {
    expect(isNameLike('Tirso René del Jesús González Alam')).toBe(true);
    expect(isNameLike('Maria de la Luz García Ramos Pérez')).toBe(true);
    expect(isNameLike('Department Of Cognitive Neuroscience And Neuroimaging')).toBe(false);
  });

  it('recases a name in lower case or small caps, but not a sentence', () => {
    expect(recasedName('michael dow')).toBe('Michael Dow');
    expect(recasedName('neal caRen')).toBe('Neal Caren');
    expect(recasedName('ivan de las heras')).toBe('Ivan de las Heras');
    expect(recasedName('We use cookies')).toBeNull();
    expect(recasedName('Michael Dow')).toBeNull();
    expect(recasedName('the 2nd edition')).toBeNull();
  });

  it('proposes the names at either end of a run of capitalised words in a longer line', () => {
    const parts = namesInLine(
      'Doctorante | Vision par ordinateur, LLMs et Recherche en IA Explicable Sayeh GHOLIPOUR PICHA',
    );
    expect(parts).toContain('Sayeh GHOLIPOUR PICHA');
    expect(namesInLine('Publikationen Anne Deiglmayr (geb. Meier)')).toContain('Anne Deiglmayr');
    // A comma ends a run: the words after it are not joined to the name before it.
    expect(namesInLine('Oliver Schlenkrich, Geb Kauff')).not.toContain('Schlenkrich Geb');
  });

  it('offers the words before a comma as a candidate of their own', () => {
    const doc = htmlToCvDocument(
      '<html><body><p>Oliver Schlenkrich, geb. Kauff</p><h2>Education</h2></body></html>',
      null,
    );
    const candidate = nameCandidates(doc, []).find((c) => c.name === 'Oliver Schlenkrich');
    expect(candidate?.features).toContain('name:before a comma');
  });
});

describe('names put together or read from where a page keeps them', () => {
  const namesOf = (html: string, pdfTitle?: string) => {
    const doc = htmlToCvDocument(html, null);
    return nameCandidates(pdfTitle ? { ...doc, meta: { ...doc.meta, title: pdfTitle } } : doc, []);
  };
  const candidate = (html: string, name: string, pdfTitle?: string) =>
    namesOf(html, pdfTitle).find((c) => c.name === name);

  it('joins a form’s given-name and family-name fields, in other words than the first', () => {
    const form = (given: string, family: string) =>
      `<html><body><h1>Curriculum Vitae</h1><p>${given}: Santiago Javier</p><p>${family}: Ávila Pérez</p><h2>Education</h2></body></html>`;
    const labels: [string, string][] = [
      ['First name', 'Family name'],
      ['Nombre', 'Apellidos'],
      ['Vorname', 'Nachname'],
    ];
    for (const [given, family] of labels)
      expect(candidate(form(given, family), 'Santiago Javier Ávila Pérez')?.features, given).toContain(
        'src:name fields',
      );
    // One field alone is not a name.
    expect(candidate(form('First name', 'Phone'), 'Santiago Javier Ávila Pérez')).toBeUndefined();
  });

  it('joins a name set over two lines with another column’s line between them, in the letterhead only', () => {
    const html = (before: string) =>
      `<html><body>${before}<h1>João Vitor</h1><p>Rio de Janeiro, Brasil</p><h1>de O. Silva</h1><h2>Education</h2></body></html>`;
    expect(candidate(html(''), 'João Vitor de O. Silva')?.features).toContain('src:two lines');
    expect(candidate(html('<p>one</p><p>two</p><p>three</p>'), 'João Vitor de O. Silva')).toBeUndefined();
  });

  it('reads the name in a PDF title that is its file’s name', () => {
    const html = '<html><body><h1>CLIFFORDB. ANDERSON</h1><h2>Education</h2></body></html>';
    expect(
      candidate(html, 'Clifford Anderson', 'Microsoft Word - Clifford Anderson (resume).docx')?.features,
    ).toContain('src:title');
    expect(candidate(html, 'Clifford Anderson', 'Clifford_Anderson_CV.pdf')).toBeDefined();
  });

  it('marks the name that writes out the initial another candidate gives', () => {
    const html =
      '<html><head><meta name="author" content="M. Stingo"></head><body><p>Name: Michele Stingo</p><h2>Education</h2></body></html>';
    expect(candidate(html, 'Michele Stingo')?.features).toContain('name:spells out another candidate');
    expect(candidate(html, 'M. Stingo')?.features).not.toContain('name:spells out another candidate');
  });

  it('marks what a name does not hold: a post’s words, an initial at its end', () => {
    const html =
      '<html><body><h1>Théo Valentin PhD Candidate</h1><p>Philip A.</p><h2>Education</h2></body></html>';
    expect(candidate(html, 'Théo Valentin PhD Candidate')?.features).toContain('name:role or degree words');
    expect(candidate(html, 'Théo Valentin')?.features).not.toContain('name:role or degree words');
    expect(candidate(html, 'Philip A.')?.features).toContain('name:ends in an initial');
  });

  it('reads a two-letter name in title case as a name, not the degree its letters spell', () => {
    const html = '<html><body><h1>Zeyang Ma</h1><p>Jane Roe MA</p><h2>Education</h2></body></html>';
    expect(candidate(html, 'Zeyang Ma')?.features).not.toContain('name:role or degree words');
    expect(candidate(html, 'Jane Roe MA')?.features).toContain('name:role or degree words');
  });

  it('marks a family name in capitals after a given name that is not, and a part at a line’s end', () => {
    const html =
      '<html><body><h1>Recherche en IA Explicable Sayeh GHOLIPOUR PICHA</h1><p>sayeh.gholipour@example.org</p><h2>Education</h2></body></html>';
    const name = candidate(html, 'Sayeh GHOLIPOUR PICHA');
    expect(name?.features).toEqual(
      expect.arrayContaining(['name:family in capitals', 'part:at an end of the line']),
    );
    expect(candidate(html, 'IA Explicable Sayeh GHOLIPOUR')?.features).not.toContain(
      'part:at an end of the line',
    );
  });
});

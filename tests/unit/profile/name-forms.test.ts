import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { holds, nameCandidates } from '../../../utils/profile/name-candidates';

const words = (key: string): string[] => key.split(' ');

/** The features of the candidate named `name` on a constructed page. */
function featuresOf(html: string, name: string): string[] {
  const found = nameCandidates(htmlToCvDocument(html, null), []).find((c) => c.name === name);
  expect(found, name).toBeDefined();
  return found!.features;
}

describe('a name beside another form of it', () => {
  it('tells words before a name, words after it and a fuller form apart', () => {
    expect(holds(words('psicologa psicoterapeuta giulia maria zoratti'), words('giulia maria zoratti'))).toBe(
      'before',
    );
    expect(holds(words('joao vitor de o silva'), words('joao vitor'))).toBe('after');
    expect(holds(words('santiago javier avila perez'), words('santiago avila'))).toBe('fuller');
    expect(holds(words('alexander t murray'), words('alex murray'))).toBe('fuller');
    expect(holds(words('alexander t murray'), words('a t murray'))).toBe('fuller');
  });

  it('holds nothing of a different name, of itself, or of a longer one', () => {
    expect(holds(words('giulia maria zoratti'), words('joshua shea'))).toBeNull();
    expect(holds(words('giulia zoratti'), words('giulia zoratti'))).toBeNull();
    expect(holds(words('alex murray'), words('alexander t murray'))).toBeNull();
    // The other's words out of order are no form of it.
    expect(holds(words('murray alexander'), words('alexander murray'))).toBeNull();
  });

  it('marks both candidates on a page: the one with a title before the name, and the name', () => {
    const html = `<html><head><title>Psicologa Psicoterapeuta Giulia Maria Zoratti</title></head><body>
      <table><tr><td>Name</td><td>Giulia Maria Zoratti</td></tr></table></body></html>`;
    expect(featuresOf(html, 'Psicologa Psicoterapeuta Giulia Maria Zoratti')).toContain(
      'name:another candidate with words before it',
    );
    expect(featuresOf(html, 'Giulia Maria Zoratti')).toContain('name:the end of a longer candidate');
  });

  it('marks the fuller form and the short one', () => {
    const html = `<html><head><meta name="author" content="Santiago Avila"></head><body>
      <p>Nombre: Santiago Javier</p><p>Apellidos: Ávila Pérez</p></body></html>`;
    expect(featuresOf(html, 'Santiago Javier Ávila Pérez')).toContain(
      'name:fuller form of another candidate',
    );
    expect(featuresOf(html, 'Santiago Avila')).toContain('name:short form of another candidate');
  });
});

describe('a name ending in initials', () => {
  it('reads a dotted or one-letter ending as initials, a family name in capitals as none', () => {
    const html = `<html><body><h1>Philip A.</h1><p>Sayeh GHOLIPOUR PICHA</p></body></html>`;
    expect(featuresOf(html, 'Philip A.')).toContain('name:ends in an initial');
    expect(featuresOf(html, 'Sayeh GHOLIPOUR PICHA')).not.toContain('name:ends in an initial');
  });
});

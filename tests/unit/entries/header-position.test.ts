import { describe, expect, it } from 'vitest';
import { headerPosition } from '../../../utils/entries/header-position';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';

const linesOf = (body: string) => htmlToCvDocument(`<main>${body}</main>`, null).lines;

describe('the post stated under a profile page’s name', () => {
  it('is read as a position held now: the role, then its organisation on the next line', () => {
    const lines = linesOf(
      '<h2>Ada Okoro</h2><h3>Postdoctoral researcher</h3><h3>University of the North</h3><p>I study rivers.</p>',
    );
    expect(headerPosition(lines, 'Ada Okoro')).toMatchObject({
      title: 'Postdoctoral researcher',
      organization: 'University of the North',
      start: null,
      end: 'present',
    });
  });

  it('or on the same line after a comma or "at"', () => {
    const lines = linesOf(
      '<h1>Ada Okoro</h1><p>Assistant Professor, Department of Biology, Northern University</p>',
    );
    expect(headerPosition(lines, 'Ada Okoro')).toMatchObject({
      title: 'Assistant Professor',
      organization: 'Department of Biology, Northern University',
    });
  });

  it('is nothing when no role stands just under the name, or the line is a dated entry or a sentence', () => {
    expect(
      headerPosition(linesOf('<h1>Ada Okoro</h1><p>University of the North</p>'), 'Ada Okoro'),
    ).toBeNull();
    expect(
      headerPosition(
        linesOf('<h1>Ada Okoro</h1><p>Lecturer, University of the North, 2015–2019</p>'),
        'Ada Okoro',
      ),
    ).toBeNull();
    expect(
      headerPosition(
        linesOf(
          '<h1>Ada Okoro</h1><p>Ada Okoro is a lecturer who has worked at the University of the North for many years on rivers.</p>',
        ),
        'Ada Okoro',
      ),
    ).toBeNull();
    expect(headerPosition(linesOf('<h1>Ada Okoro</h1><p>Lecturer</p>'), null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import { syntheticPage, textItem } from './support';

describe('a heading over the right one of two columns', () => {
  // A Europass page: a sidebar (name, contact) starting lower down at the left, the entries at the
  // right under a heading outdented past their left edge.
  const sidebar = ['Oliver Roe', 'Date of birth: 02.07.1986', 'Nationality: German', 'github.com/oroe'].map(
    (t, i) => textItem(t, 37, 126 + i * 24),
  );
  const entries = [
    '01.04.2018 – 30.06.2021 – Wuerzburg, Germany',
    'Research Assistant, Chair of Comparative Politics',
    'University of Wuerzburg',
    '01.10.2013 – 31.03.2018 – Wuerzburg, Germany',
    'Research Assistant, Democracy Matrix project',
    'University of Wuerzburg',
    '01.08.2008 – 01.03.2013 – Wuerzburg, Germany',
    'Student Assistant and Tutor',
    'University of Wuerzburg',
  ].map((t, i) => textItem(t, 235, 87 + i * 14));
  const heading = textItem('WORK EXPERIENCE', 216, 70, 13.5, 'Arial-BoldMT');

  it('is read with that column, after the sidebar, not before the sidebar', () => {
    const lines = layoutDocument([syntheticPage([heading, ...sidebar, ...entries])]).map((l) => l.text);
    const at = lines.indexOf('WORK EXPERIENCE');
    expect(at).toBe(lines.indexOf('github.com/oroe') + 1);
    expect(lines[at + 1]?.startsWith(entries[0]!.text)).toBe(true);
  });
});

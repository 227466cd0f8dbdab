import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { buildProfile } from '../../../utils/profile/build-profile';
import { profileFromHtml } from '../../../utils/profile/profile-from-html';

const SCHEMES = ['javascript:', 'data:', 'vbscript:', 'blob:', 'file:'];

const HOSTILE = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/1234',
  'file:///etc/passwd',
];

/** Every link of the profile: the person's and each publication's. */
function linksOf(profile: ReturnType<typeof profileFromHtml>): string[] {
  return [...profile.person.links, ...profile.publications.flatMap((p) => p.links ?? [])];
}

describe('only http(s) and mailto links are kept from a page', () => {
  it('an HTML CV with hostile links in its header, its JSON-LD and its publications', () => {
    const anchors = HOSTILE.map((href, i) => `<a href="${href}">link ${i}</a>`).join(' ');
    const html = `<html><head><title>Ada Lovelace</title>
<script type="application/ld+json">{"@type": "Person", "name": "Ada Lovelace", "url": "data:text/html,x", "sameAs": ["vbscript:x", "https://orcid.org/0000-0002-1825-0097"]}</script>
</head><body><main><h1>Ada Lovelace</h1><p>${anchors} <a href="https://ada.example.org/">home</a> <a href="mailto:ada@example.org">mail</a></p>
<h2>Publications</h2><ol>
<li>Lovelace, A. (2019). On Graphs. ICML. ${anchors} <a href="https://arxiv.org/abs/1901.00001">arXiv</a></li>
<li>Lovelace, A., &amp; Turing, A. (2020). On Engines. NeurIPS. <a href="doi:10.1234/engines">doi</a></li>
</ol></main></body></html>`;
    const profile = profileFromHtml(html, 'https://ada.example.org/cv/');
    const links = linksOf(profile);
    for (const scheme of SCHEMES) expect(links.join(' ')).not.toContain(scheme);
    expect(profile.person.links).toEqual(
      expect.arrayContaining(['https://ada.example.org/', 'https://orcid.org/0000-0002-1825-0097']),
    );
    expect(profile.person.emails).toEqual(['ada@example.org']);
    expect(profile.publications[0]!.links).toEqual(['https://arxiv.org/abs/1901.00001']);
    expect(profile.publications[1]).toMatchObject({
      doi: '10.1234/engines',
      links: ['https://doi.org/10.1234/engines'],
    });
  });

  it('a text CV with Markdown links of every scheme', () => {
    const text = `Ada Lovelace
${HOSTILE.map((href, i) => `[link ${i}](${href})`).join(' ')} www.ada.example.org

Publications
- Lovelace, A. (2019). On Graphs. ICML. [pdf](javascript:alert(1)) [code](https://github.com/ada/graphs)
`;
    // Read anyway, as the reviewer can ask: what this test guards is which links are kept, not
    // whether the name model takes this two-line page for a CV (the seventeenth round's refit
    // reads no name on it, so the page alone is classed unknown and read as nothing).
    const profile = buildProfile(acquireText(text), { readAnyway: true });
    const links = linksOf(profile);
    for (const scheme of SCHEMES) expect(links.join(' ')).not.toContain(scheme);
    expect(profile.person.links).toContain('https://www.ada.example.org');
    expect(profile.publications[0]!.links).toEqual(['https://github.com/ada/graphs']);
  });
});

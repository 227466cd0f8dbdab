import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { DOCUMENT_LIMITS, TRUNCATION_NOTES } from '../../../utils/document/limits';
import { buildProfile } from '../../../utils/profile/build-profile';
import type { Profile } from '../../../utils/profile/types';

function page(body: string, title = 'Ada Lovelace'): string {
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><main><h1>Ada Lovelace</h1>
<p><a href="mailto:ada@example.org">ada@example.org</a></p>
<h2>Education</h2><ul><li>2010 – 2014: PhD in Informatics, University of Oxford</li></ul>
${body}</main></body></html>`;
}

function parse(html: string): Profile {
  return buildProfile(htmlToCvDocument(html, 'https://hostile.example/cv'));
}

/** Every string anywhere in the profile. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const truncated = (p: Profile) => p.flags.filter((f) => f.kind === 'truncated').map((f) => f.message);

describe('CV text holding markup', () => {
  const html = page(`<script>window.__owned = 'SCRIPT-BODY-RAN'</script>
<h2>Publications</h2><ol>
<li>Ada Lovelace, Alan Turing. &lt;script&gt;alert("x")&lt;/script&gt; On Kernels. <i>NeurIPS</i>, 2020.</li>
<li>Ada Lovelace. &lt;img src=x onerror=alert(1)&gt; Deep Graphs. <i>ICML</i>, 2019.</li>
</ol><style>.x{}</style><p onclick="alert(2)">Talks: &lt;b&gt;Invited&lt;/b&gt; talk at Oxford, 2021</p>`);

  it('keeps it as literal text and never keeps a script of the page', () => {
    const profile = parse(html);
    const raws = profile.publications.map((p) => p.raw).join('\n');
    expect(raws).toContain('<script>alert("x")</script>');
    expect(raws).toContain('<img src=x onerror=alert(1)>');
    const all = strings(profile).join('\n');
    expect(all).not.toContain('SCRIPT-BODY-RAN');
    expect(all).not.toContain('.x{}');
    expect(all).not.toContain('onclick');
  });
});

describe('enormous names and titles', () => {
  const huge = 'Lovelace'.repeat(12_500); // 100 KB, one word

  it('a 100 KB page title: the person is still found, with their address', () => {
    const profile = parse(page('', huge));
    expect(profile.person.name).toBe('Ada Lovelace');
    expect(profile.person.emails).toEqual(['ada@example.org']);
  });

  it('a 100 KB name: lines are cut and the cut is stated, no 100 KB person is invented', () => {
    const doc = htmlToCvDocument(page('').replace('<h1>Ada Lovelace</h1>', `<h1>Ada ${huge}</h1>`), null);
    expect(Math.max(...doc.lines.map((l) => l.text.length))).toBeLessThanOrEqual(
      DOCUMENT_LIMITS.maxLineChars,
    );
    const profile = buildProfile(doc);
    expect((profile.person.name ?? '').length).toBeLessThan(100);
    expect(truncated(profile)).toEqual([TRUNCATION_NOTES.lineChars]);
  });

  it('a 100 KB publication title: the entry is kept, cut to the line limit', () => {
    const words = 'kernel '.repeat(14_300); // 100 KB of words
    const profile = parse(
      page(`<h2>Publications</h2><ol><li>Lovelace, A., Turing, A. (2020). ${words}. NeurIPS.</li>
<li>Lovelace, A. (2019). On Graphs. ICML.</li></ol>`),
    );
    expect(profile.publications).toHaveLength(2);
    expect(profile.publications[0]!.raw.length).toBeLessThanOrEqual(DOCUMENT_LIMITS.maxLineChars);
    expect(profile.publications[0]!.raw).toMatch(/^Lovelace, A\., Turing, A\. \(2020\)\. kernel kernel/);
    expect(profile.publications[1]!.title).toBe('On Graphs');
    expect(truncated(profile)).toEqual([TRUNCATION_NOTES.lineChars]);
  });

  it('a 100 KB run of commas and names in one entry finishes', () => {
    const profile = parse(
      page(
        `<h2>Publications</h2><ol><li>Lovelace, A. ${'Ab Cd, '.repeat(15_000)}. NeurIPS 2020.</li><li>Lovelace, A. (2019). On Graphs. ICML.</li></ol>`,
      ),
    );
    // CV or profile page, as the fitted document-kind model decides; read either way.
    expect(profile.documentKind).not.toBe('unknown');
    expect(profile.publications.map((p) => p.title)).toContain('On Graphs');
  });
});

describe('deeply nested pages', () => {
  for (const tag of ['div', 'span', 'ul', 'blockquote']) {
    it(`5,000 nested <${tag}>: no stack overflow, the text kept, the limit stated`, () => {
      const nest = `${`<${tag}>`.repeat(5000)}Deep text, Visiting researcher 2019${`</${tag}>`.repeat(5000)}`;
      const doc = htmlToCvDocument(page(`<h2>Other</h2>${nest}`), null);
      expect(doc.lines.some((l) => l.text.includes('Deep text, Visiting researcher 2019'))).toBe(true);
      const profile = buildProfile(doc);
      expect(profile.person.name).toBe('Ada Lovelace');
      expect(truncated(profile)).toEqual([TRUNCATION_NOTES.nesting]);
    });
  }

  it('a page within the limits carries no truncation flag', () => {
    const profile = parse(
      page('<h2>Publications</h2><ol><li>Lovelace, A. (2019). On Graphs. ICML.</li></ol>'),
    );
    expect(truncated(profile)).toEqual([]);
  });
});

describe('JSON-LD blocks', () => {
  it('malformed or nested 100,000 deep: no stack overflow, the well-formed Person still read', () => {
    const deep = `${'['.repeat(100_000)}"Deep"${']'.repeat(100_000)}`;
    const head = [
      '<script type="application/ld+json">{ not json</script>',
      `<script type="application/ld+json">{"@type":"Person","name":${deep}}</script>`,
      '<script type="application/ld+json">{"@type":"Person","name":"Ada Lovelace","email":"mailto:ada@example.org"}</script>',
    ].join('');
    const html = page('').replace('</head>', `${head}</head>`);
    const doc = htmlToCvDocument(html, 'https://hostile.example/cv');
    expect(doc.meta.persons).toEqual([
      expect.objectContaining({ name: null }),
      expect.objectContaining({ name: 'Ada Lovelace', email: 'ada@example.org' }),
    ]);
    expect(buildProfile(doc).person.name).toBe('Ada Lovelace');
  });
});

import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { buildProfile } from '../../../utils/profile/build-profile';
import { profileFromHtml } from '../../../utils/profile/profile-from-html';
import { lookupScholar } from '../../../utils/scholar/lookup';
import type { SourceId } from '../../../utils/model/scholar';
import { fakeFetch, parsedSeed, testDeps, TEST_BASE_URLS } from '../scholar/helpers';

const NO_CV = { kind: 'no-cv', severity: 'warning', message: 'No CV content found on this page.' };

describe('pages with no CV', () => {
  const pages: [string, string][] = [
    ['an empty document', ''],
    ['an empty page', '<!DOCTYPE html><html><head></head><body></body></html>'],
    ['whitespace only', '<html><body>\n\n   \u00a0 </body></html>'],
    [
      'scripts and styles only',
      '<html><body><script>document.title="x"</script><style>p{}</style></body></html>',
    ],
    [
      'a sign-in form',
      '<html><body><form><label>Email</label><input><button>Sign in</button></form></body></html>',
    ],
    [
      'a cookie banner and nav',
      '<html><body><nav>Home About</nav><div class="cookie-banner">We use cookies</div></body></html>',
    ],
  ];

  it.each(pages)('%s: kind unknown, flagged no-cv, no invented person', (_, html) => {
    const profile = profileFromHtml(html, 'https://example.org/');
    expect(profile.documentKind).toBe('unknown');
    expect(profile.person).toEqual({ name: null, nameVariants: [], emails: [], links: [] });
    expect(profile.flags).toEqual([NO_CV]);
  });

  it('an empty text file likewise', () => {
    expect(buildProfile(acquireText('')).flags).toEqual([NO_CV]);
    expect(buildProfile(acquireText('\n\n\t\n')).documentKind).toBe('unknown');
  });
});

/** The mock APIs, except that one source answers every request with `reply`. */
function fetchWith(source: SourceId, reply: () => Promise<Response>) {
  const fake = fakeFetch();
  const inner = fake.fetch;
  fake.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    String(input).startsWith(TEST_BASE_URLS[source]) ? reply() : inner(input, init)) as typeof fetch;
  return fake;
}

const json = (body: string) =>
  Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));

const ANSWERING: SourceId[] = ['openalex', 'semanticscholar', 'dblp'];

describe('a source answering garbage or nothing', () => {
  const FAILED = ['error', 'offline'];
  // Well-formed JSON of another shape is read defensively as an answer with nothing in it.
  const faults: [string, () => Promise<Response>, string[]][] = [
    ['malformed JSON', () => json('{"results": [{"id": "W1", "title": '), FAILED],
    ['JSON of another shape', () => json('[1, "two", null]'), ['ok', ...FAILED]],
    ['an empty body', () => json(''), FAILED],
    [
      'a 500 with an HTML page',
      () => Promise.resolve(new Response('<h1>Oops</h1>', { status: 500 })),
      FAILED,
    ],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), FAILED],
  ];

  for (const source of ANSWERING) {
    it.each(faults)(
      `${source}, %s: that source fails with a status, the others answer, nothing is lost`,
      async (_, reply, statuses) => {
        const profile = parsedSeed('hayou');
        const part = await lookupScholar(profile, testDeps(fetchWith(source, reply)));
        expect(statuses).toContain(part.sources[source]);
        for (const other of ANSWERING.filter((s) => s !== source)) expect(part.sources[other]).toBe('ok');
        expect(part.publications).toHaveLength(profile.publications.length);
      },
    );
  }
});

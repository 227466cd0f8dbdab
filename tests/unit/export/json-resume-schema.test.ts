import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toJsonResume } from '../../../utils/export/json-resume';
import type { Profile } from '../../../utils/profile/types';
import { newRecord } from '../../../utils/store/record';
import { SEED_IDS } from '../../support/fixtures';
import { parsedSeed } from '../scholar/helpers';

// The official JSON Resume schema as its npm package ships it (a JSON file, read as such).
const schema = createRequire(import.meta.url)('@jsonresume/schema/schema.json') as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

function resumeOf(profile: Profile): Record<string, unknown> {
  return toJsonResume(newRecord(profile, null, '2025-01-01T00:00:00.000Z', 'c1'));
}

describe('JSON Resume against the official schema', () => {
  it.each(SEED_IDS)('the %s seed CV, as the pipeline reads it, is a valid resume', (id) => {
    const profile = parsedSeed(id);
    const resume = resumeOf(profile);
    expect(validate(resume), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(resume.publications).toHaveLength(profile.publications.length);
    expect(resume.education).toHaveLength(profile.education.length);
  });

  it('hostile links and statuses: no status as publisher, only http(s) addresses, still valid', () => {
    const profile = parsedSeed('hayou');
    profile.person.links = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://example.org/1',
      'file:///etc/passwd',
      'www.example.org/me',
      'https://github.com/someone',
    ];
    profile.person.emails = ['not an address', 'someone@example.org'];
    profile.publications[0]!.doi = '10.1234/a b<c>{d}';
    const resume = resumeOf(profile) as {
      basics: { url?: string; email?: string; profiles: { url: string }[] };
      publications: { name: string; publisher?: string; summary?: string; url?: string }[];
    };
    expect(validate(resume), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const text = JSON.stringify(resume);
    for (const scheme of ['javascript:', 'data:', 'vbscript:', 'blob:', 'file:'])
      expect(text).not.toContain(scheme);
    expect(resume.basics.url).toBe('https://www.example.org/me');
    expect(resume.publications[0]).toMatchObject({ url: 'https://doi.org/10.1234/a%20b%3Cc%3E%7Bd%7D' });
    expect(resume.basics.profiles).toEqual([{ network: 'GitHub', url: 'https://github.com/someone' }]);
    expect(resume.basics.email).toBe('someone@example.org');
    const submitted = resume.publications.find((p) => p.name.startsWith('The Impact of Initialization'));
    expect(submitted).toMatchObject({ summary: 'submitted' });
    expect(submitted).not.toHaveProperty('publisher');
    expect(resume.publications.map((p) => p.publisher)).not.toContain('submitted');
  });
});

import { describe, expect, it } from 'vitest';
import { jsonResumeExporter, toJsonResume } from '../../../utils/export/json-resume';
import { newRecord } from '../../../utils/store/record';
import { seedProfile } from '../../support/profiles';

describe('JSON Resume export', () => {
  const record = newRecord(seedProfile('elesedy', 'html'), null, '2025-01-01T00:00:00.000Z', 'c1');

  it('maps the profile onto basics, education, work, publications and awards', () => {
    const resume = toJsonResume(record) as {
      basics: { name: string; email: string; url: string; profiles: { network: string }[] };
      education: { institution: string; studyType: string; area: string; startDate: string }[];
      work: { name: string; position: string }[];
      publications: { name: string; releaseDate?: string; url?: string }[];
      awards: unknown[];
    };
    expect(resume.basics).toMatchObject({
      name: 'Hayder Elesedy',
      email: 'hayder.elesedy@gmail.com',
      url: 'https://hayder.ai/',
    });
    expect(resume.basics.profiles).toEqual([{ network: 'GitHub', url: 'https://github.com/brynhayder' }]);
    expect(resume.education[0]).toEqual({
      institution: 'University of Oxford',
      studyType: 'DPhil',
      area: 'Machine Learning',
      startDate: '2018-10',
      endDate: '2023-06',
    });
    expect(resume.work[0]).toMatchObject({ name: 'Samsung', position: 'Senior Machine Learning Researcher' });
    expect(resume.publications[0]).toMatchObject({
      releaseDate: '2024',
      url: 'https://doi.org/10.1234/elesedy.0',
    });
    expect(resume.awards).toEqual([]);
  });

  it('describes exactly one candidate', () => {
    expect(() => jsonResumeExporter.run([record, record], new Date())).toThrow(RangeError);
    expect(JSON.parse(jsonResumeExporter.run([record], new Date()))).toHaveProperty('basics.name');
  });
});

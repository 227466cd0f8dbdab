import { authorPosition } from '../../utils/export/publication-parts';
import { SOURCE_NAMES, STATUS_TEXT, verdictLabel } from '../../utils/scholar/labels';
import { SOURCE_IDS, VERDICTS, type ScholarPart, type ScholarPublication } from '../../utils/scholar/types';
import type { Profile, Publication } from '../../utils/profile/types';
import { formatProfileHeading, publicationHeadline } from './format-text';

function sourcesLine(scholar: ScholarPart): string {
  return `Sources: ${SOURCE_IDS.map((id) => `${SOURCE_NAMES[id]} ${STATUS_TEXT[scholar.sources[id]]}`).join(', ')}`;
}

function metricsLine(scholar: ScholarPart): string | null {
  const { citations, hIndex, basis } = scholar.metrics;
  if (citations === null && hIndex === null) return null;
  const figures = [
    citations === null ? null : `${citations.toLocaleString('en')} citations`,
    hIndex === null ? null : `h-index ${hIndex}`,
  ].filter(Boolean);
  const from =
    basis && basis.sources.length > 0 ? ` (${basis.sources.map((s) => SOURCE_NAMES[s]).join(', ')})` : '';
  return `${figures.join(', ')}${from}`;
}

function verdictCounts(checked: readonly ScholarPublication[]): string {
  const counts = VERDICTS.map(
    (verdict) => [verdict, checked.filter((p) => p.verdict === verdict).length] as const,
  );
  return counts
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${n} ${verdictLabel(verdict).text.toLowerCase()}`)
    .join(', ');
}

/** What the record says, where it differs or points elsewhere: shown under the CV's line. */
function recordLine(publication: Publication, found: ScholarPublication | undefined): string | null {
  if (
    !found ||
    found.verdict === 'verified' ||
    found.verdict === 'unchecked' ||
    found.verdict === 'not-found'
  )
    return null;
  const where = [found.venue, found.year].filter(Boolean).join(' ');
  const authors =
    found.verdict === 'authorship-differs' && found.recordAuthors.length > 0
      ? `; record's authors: ${found.recordAuthors.join(', ')}`
      : '';
  const source = found.source ? ` (${SOURCE_NAMES[found.source]})` : '';
  const title = found.title && found.title !== publication.title ? `${found.title} — ` : '';
  return `record${source}: ${title}${where || 'no venue or year'}${authors}${found.url ? `  ${found.url}` : ''}`;
}

/**
 * The annotated profile as a person reads it: who, what the sources said, then one row per
 * publication with its verdict first (the same words and marks as the popup's), the year, the
 * candidate's place among the authors, the citations, and what the record says where it differs.
 */
export function formatAnnotatedText(profile: Profile, scholar: ScholarPart): string {
  const byIndex = new Map(scholar.publications.map((p) => [p.index, p]));
  const out = [formatProfileHeading(profile), sourcesLine(scholar)];
  const metrics = metricsLine(scholar);
  if (metrics) out.push(metrics);
  out.push(
    `Publications (${profile.publications.length}): ${verdictCounts(scholar.publications) || 'none'}`,
    '',
  );
  const rows = profile.publications.map((publication, index) => {
    const found = byIndex.get(index);
    const label = verdictLabel(found?.verdict);
    return {
      cells: [
        `${label.icon} ${label.text}`,
        publication.year === null ? '' : String(publication.year),
        authorPosition(publication) ?? '',
        found?.citations == null ? '' : String(found.citations),
      ],
      title: publicationHeadline(publication, { year: false }),
      record: recordLine(publication, found),
    };
  });
  const header = ['VERDICT', 'YEAR', 'AUTHOR', 'CITED'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i]!.length)));
  const pad = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  out.push(`${pad(header)}  TITLE — VENUE`);
  for (const row of rows) {
    out.push(`${pad(row.cells)}  ${row.title}`);
    if (row.record) out.push(`${' '.repeat(pad(row.cells).length + 2)}${row.record}`);
  }
  return out.join('\n');
}

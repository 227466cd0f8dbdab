import { foldName } from '../../utils/names/fold';
import type { CandidateRecord } from '../../utils/store';
import { CliError } from './args';

/** A name as compared: folded (case, accents), spaces collapsed. */
function nameKey(text: string): string {
  return foldName(text).replace(/\s+/g, ' ').trim();
}

function describe(record: CandidateRecord): string {
  return `${record.id} ${record.name || '(no name)'}`;
}

/**
 * The candidate `--candidate` names: an id, the start of exactly one id, or a name (accents and
 * case aside; a whole name before a part of one). Several matches are refused with the list.
 */
export function pickCandidate(records: readonly CandidateRecord[], query: string): CandidateRecord {
  const wanted = query.trim();
  const exact = records.find((r) => r.id === wanted);
  if (exact) return exact;
  const folded = nameKey(wanted);
  const tiers = [
    records.filter((r) => r.id.toLowerCase().startsWith(wanted.toLowerCase())),
    records.filter((r) => nameKey(r.name) === folded),
    records.filter((r) => folded.length > 0 && nameKey(r.name).includes(folded)),
  ];
  for (const matches of tiers) {
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1)
      throw new CliError(
        `--candidate "${query}" matches ${matches.length} candidates; give more of the id or the name:\n` +
          matches.map((r) => `  ${describe(r)}`).join('\n'),
      );
  }
  throw new CliError(`no candidate matches --candidate "${query}" (list shows ids and names)`);
}

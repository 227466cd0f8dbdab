import { ANSWERED } from '../scholar/checked';
import type { ScholarPart } from '../model/scholar';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// In version 1 ORCID and Crossref read "ok" even when never asked; these three are always asked.
const ALWAYS_ASKED = ['openalex', 'semanticscholar', 'dblp'];

/**
 * A scholar part as version 1 wrote it (no `version` field) → version 2. Frozen, like the
 * migrations that use it (schema version 4, backups of version 1).
 *
 * Version 1 had no verdict for "nobody could check this": with every source unreachable it wrote
 * "not-found". Such a part's not-found verdicts become "unchecked"; its other verdicts stand.
 * Version 2 also adds `recordAuthors` per publication, `kind` per rejected record (version 1
 * rejected only as another person), and `metrics.basis` (unknown for an old look-up: null).
 * Parts lacking pieces (written by older releases) keep lacking them: readers are defensive.
 */
export function upgradeScholarV1(part: Obj): ScholarPart {
  if (part.version !== undefined) return part as unknown as ScholarPart;
  const sources = isObj(part.sources) ? part.sources : {};
  const answered = ALWAYS_ASKED.some((id) => ANSWERED.some((status) => status === sources[id]));
  const upgraded: Obj = { ...part, version: 2 };
  if (Array.isArray(part.publications)) {
    upgraded.publications = part.publications.map((p: unknown) =>
      isObj(p)
        ? {
            ...p,
            verdict: p.verdict === 'not-found' && !answered ? 'unchecked' : p.verdict,
            recordAuthors: [],
          }
        : p,
    );
  }
  if (Array.isArray(part.rejected)) {
    upgraded.rejected = part.rejected.map((r: unknown) => (isObj(r) ? { kind: 'another-person', ...r } : r));
  }
  if (isObj(part.metrics)) upgraded.metrics = { ...part.metrics, basis: null };
  return upgraded as unknown as ScholarPart;
}

import type { ScholarPart, SourceStatus } from '../model/scholar';
import { SOURCE_IDS } from '../model/scholar';

/** Statuses of a source that told us something in a look-up (from the network or the cache). */
export const ANSWERED: readonly SourceStatus[] = ['ok', 'cached'];

/**
 * True when the look-up learnt nothing: no source answered, so every publication is unchecked.
 * The popup shows a banner with Retry for it and the CLI exits with its own status.
 */
export function nothingChecked(part: Pick<ScholarPart, 'sources'>): boolean {
  return !SOURCE_IDS.some((id) => ANSWERED.includes(part.sources[id]));
}

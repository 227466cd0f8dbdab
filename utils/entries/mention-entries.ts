import { decode, emissionScores, type LinearChainModel } from '../learn/linear-chain';
import type { Entry } from '../model/profile';

/** A mention in prose (a post, a degree) paired with one name near it: read as an entry, or dropped. */
export interface MentionCandidate {
  /** Which mention of the document it reads: a mention has a candidate with each name paired with it. */
  mention: number;
  entry: Entry;
  features: string[];
}

/**
 * The entries a two-label model (drop, keep) keeps among mention candidates. A mention gives at most
 * one: of its candidates the model keeps, the one whose keep score beats its drop score the most
 * ("his PhD from X and was an assistant professor at Y" is a post at Y). In the document's order, each
 * title and organisation once.
 */
export function keptMentionEntries(
  candidates: readonly MentionCandidate[],
  model: LinearChainModel,
  labels: readonly [drop: string, keep: string],
): Entry[] {
  if (candidates.length === 0) return [];
  const features = candidates.map((c) => c.features);
  const decoded = decode(model, features);
  const weightOf = (key: string): number => model.weights[key] ?? 0;
  // Per mention, the kept candidate of the highest margin and that margin.
  const best = new Map<number, { index: number; margin: number }>();
  candidates.forEach(({ mention }, i) => {
    if (decoded[i] !== 1) return;
    const [drop, keep] = emissionScores([...labels], weightOf, features[i]!);
    const margin = keep! - drop!;
    const known = best.get(mention);
    if (known === undefined || margin > known.margin) best.set(mention, { index: i, margin });
  });
  const entries: Entry[] = [];
  for (const i of [...best.values()].map((b) => b.index).sort((a, b) => a - b)) {
    const { entry } = candidates[i]!;
    if (!entries.some((e) => e.title === entry.title && e.organization === entry.organization))
      entries.push(entry);
  }
  return entries;
}

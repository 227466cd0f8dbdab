/** A feature: a predicate over a subject, and the weight it adds when it holds. */
export interface Feature<T> {
  name: string;
  weight: number;
  test: (subject: T) => boolean;
}

/** Adds up the weights of the features that hold, keeping their names so a decision can be explained. */
export function scoreFeatures<T>(
  subject: T,
  features: readonly Feature<T>[],
): { score: number; reasons: string[] } {
  let score = 0;
  const reasons: string[] = [];
  for (const feature of features) {
    if (feature.test(subject)) {
      score += feature.weight;
      reasons.push(`${feature.name} (${feature.weight > 0 ? '+' : ''}${feature.weight})`);
    }
  }
  return { score, reasons };
}

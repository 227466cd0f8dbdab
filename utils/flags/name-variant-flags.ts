import type { Flag, NameVariant } from '../model/profile';

/** One info flag per name variant, carrying the CV text that shows it. */
export function nameVariantFlags(variants: NameVariant[], name: string | null): Flag[] {
  return variants.map((v) => ({
    kind: 'name-variant',
    severity: 'info',
    message: name
      ? `Also appears as "${v.name}" (the CV lists ${name} under this name too)`
      : `Also appears as "${v.name}"`,
    evidence: [v.evidence],
  }));
}

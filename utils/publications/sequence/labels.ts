/**
 * What each token of a publication string can be. `other` covers citation numbers, editions,
 * series, translators and connecting words ("In", "Retrieved from") that belong to no field.
 */
export const LABELS = [
  'author',
  'editor',
  'title',
  'container',
  'publisher',
  'location',
  'volume',
  'issue',
  'pages',
  'date',
  'identifier',
  'note',
  'other',
] as const;

export type Label = (typeof LABELS)[number];

export const LABEL_INDEX: ReadonlyMap<Label, number> = new Map(LABELS.map((l, i) => [l, i]));

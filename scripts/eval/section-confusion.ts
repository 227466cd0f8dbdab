import { crossFolds, foldsArgument } from './crossval';
import { trainHeadingModel } from '../train/heading-model';
import { trainRowLabelModel } from '../train/row-label-model';
import { NO_ROW_LABELS } from '../../utils/sections/row-label-model';
import { trainSectionKindModel } from '../train/section-kind-model';
import { headingKey } from '../train/heading-labels';
import { readSections } from '../../utils/profile/build-profile';
import { wordingSettlesKind } from '../../utils/sections/section-kind';
import type { Section } from '../../utils/sections/types';

/** How many examples each cell of the confusion prints. */
const EXAMPLES = 12;

interface Cell {
  sections: number;
  lines: number;
  examples: string[];
}

/**
 * `npm run eval sections [--folds=N]`: where section kinds go wrong on dev documents the heading
 * and section-kind models were not fitted on, as a confusion of the truth's kind of each heading
 * against the kind read ("[words]" when the lexicon settled it, "[model]" when the model did);
 * "spurious" for headings the truth does not list, "missed" for truth headings read as no heading,
 * "sub" for a truth heading of another kind kept as a sub-heading. Cells by count, then examples.
 */
export async function runSectionConfusion(args: string[]): Promise<number> {
  const folds = foldsArgument(args, 'sections');
  if (folds === null) return 1;
  const { folds: split } = await crossFolds(folds);
  const cells = new Map<string, Cell>();
  const add = (key: string, lines: number, example: string): void => {
    const cell = cells.get(key) ?? { sections: 0, lines: 0, examples: [] };
    cell.sections++;
    cell.lines += lines;
    if (cell.examples.length < EXAMPLES) cell.examples.push(example);
    cells.set(key, cell);
  };
  const readAs = (s: Section, truth: string): string =>
    `${s.kinds.join('+')} [${wordingSettlesKind(s) ? 'words' : 'model'}]${s.kinds.some((k) => k === truth) ? ' ok' : ''}`;
  for (const { train, heldOut } of split) {
    const heading = trainHeadingModel(train).model;
    // Fitted as npm run train fits it: on the sections the heading model alone gives.
    const sectionKind = trainSectionKindModel(train, { heading, rowLabel: NO_ROW_LABELS }).model;
    const sectionModels = { heading, rowLabel: trainRowLabelModel(train).model };
    for (const doc of heldOut) {
      const truthKinds = new Map(doc.truth.headings.map((h) => [headingKey(h.text), h.kind]));
      const seen = new Set<string>();
      for (const s of readSections(doc.document, { ...sectionModels, sectionKind })) {
        if (s.heading === null) continue;
        const key = headingKey(s.heading);
        seen.add(key);
        const truth = truthKinds.get(key);
        const example = `${doc.id}: "${s.heading}" (${s.lines.length} lines)`;
        add(`${truth ?? 'spurious'} -> ${readAs(s, truth ?? '')}`, s.lines.length, example);
        for (const sub of new Set(s.lines.flatMap((l) => (l.subheading === null ? [] : [l.subheading])))) {
          const subTruth = truthKinds.get(headingKey(sub));
          seen.add(headingKey(sub));
          if (subTruth !== undefined && !s.kinds.some((k) => k === subTruth))
            add(
              `sub ${subTruth} -> under ${s.kinds.join('+')}`,
              s.lines.filter((l) => l.subheading === sub).length,
              `${doc.id}: "${sub}" under "${s.heading}"`,
            );
        }
      }
      for (const h of doc.truth.headings)
        if (!seen.has(headingKey(h.text))) add(`missed ${h.kind}`, 0, `${doc.id}: "${h.text}"`);
    }
  }
  const rows = [...cells.entries()].sort((a, b) => b[1].sections - a[1].sections);
  process.stdout.write('sections  lines  truth -> read\n');
  for (const [key, { sections, lines }] of rows)
    process.stdout.write(`${String(sections).padStart(8)} ${String(lines).padStart(6)}  ${key}\n`);
  for (const [key, { examples }] of rows.filter(([key]) => !key.endsWith(' ok'))) {
    process.stdout.write(`\n== ${key}\n`);
    for (const example of examples) process.stdout.write(`   ${example}\n`);
  }
  return 0;
}

import type { Line } from '../document/types';
import { HEADING_FEATURES, HEADING_THRESHOLD } from './heading-features';
import { scoreFeatures } from './score-features';
import type { HeadingVerdict } from './types';

/** Scores one line as a heading; `isHeading` when the score reaches the threshold. */
export function judgeHeading(
  line: Line,
  aloneInBlock: boolean,
  bodySize: number | null,
): HeadingVerdict & { isHeading: boolean } {
  const verdict = scoreFeatures({ line, aloneInBlock, bodyFontSize: bodySize }, HEADING_FEATURES);
  return { ...verdict, isHeading: verdict.score >= HEADING_THRESHOLD };
}

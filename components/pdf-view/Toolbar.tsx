import type { BadgeItem } from '../../utils/badges/types';
import { VERDICT_LABELS } from '../../utils/scholar/labels';
import { VERDICTS, type Verdict } from '../../utils/model/scholar';

/** The legend repeats the badges' own icons and words, so the two read the same; only verdicts present are listed. */
function legend(items: BadgeItem[]): { verdict: Verdict; count: number }[] {
  return VERDICTS.map((verdict) => ({
    verdict,
    count: items.filter((i) => (i.verdict ?? 'unchecked') === verdict).length,
  })).filter((entry) => entry.count > 0);
}

interface Props {
  fileName: string;
  items: BadgeItem[];
  placed: number;
  visible: boolean;
  onToggle: () => void;
}

export function Toolbar({ fileName, items, placed, visible, onToggle }: Props) {
  return (
    <header class="toolbar">
      <h1 class="file-name" title={fileName}>
        {fileName}
      </h1>
      <ul class="legend" aria-label="Badge legend">
        {legend(items).map(({ verdict, count }) => (
          <li key={verdict} class={`tone-${VERDICT_LABELS[verdict].tone}`}>
            <span aria-hidden="true">{VERDICT_LABELS[verdict].icon}</span> {VERDICT_LABELS[verdict].text}{' '}
            <span class="count">({count})</span>
          </li>
        ))}
      </ul>
      <p class="placed muted" data-testid="pdf-view-placed">
        {placed} of {items.length} publications found on the pages
      </p>
      <button type="button" aria-pressed={!visible} onClick={onToggle} data-testid="pdf-view-toggle">
        {visible ? 'Hide badges' : 'Show badges'}
      </button>
    </header>
  );
}

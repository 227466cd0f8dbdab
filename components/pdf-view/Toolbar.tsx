import type { BadgeItem } from '../../utils/badges/types';
import type { Verdict } from '../../utils/scholar/types';

/** The legend repeats the badges' own icons and words, so the two read the same. */
const LEGEND: { verdicts: (Verdict | null)[]; icon: string; text: string; tone: string }[] = [
  { verdicts: ['verified'], icon: '✓', text: 'Verified', tone: 'ok' },
  { verdicts: ['venue-differs', 'year-differs'], icon: '≠', text: 'Venue or year differs', tone: 'warn' },
  { verdicts: ['not-found'], icon: '?', text: 'Not found', tone: 'bad' },
  { verdicts: ['ambiguous', null], icon: '~', text: 'Ambiguous or not checked', tone: 'muted' },
];

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
        {LEGEND.map((entry) => (
          <li key={entry.text} class={`tone-${entry.tone}`}>
            <span aria-hidden="true">{entry.icon}</span> {entry.text}{' '}
            <span class="count">({items.filter((i) => entry.verdicts.includes(i.verdict)).length})</span>
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

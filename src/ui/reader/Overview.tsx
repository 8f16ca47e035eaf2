import { createMemo, For } from 'solid-js';
import type { Bead } from '../../core/model';
import { formatNumber, t } from '../../i18n';
import { overviewDots } from './overviewDots';

/**
 * The whole alignment at a glance: each linked row is a dot at (position in A, position in B).
 * A good alignment is a near-diagonal line; a jump or a cluster off the line is where to look.
 * Low-confidence rows are orange, confirmed green, edited blue. Clicking a dot opens its row.
 * A book's rows are pooled into one dot per grid cell (overviewDots).
 */
export function Overview(props: { beads: readonly Bead[]; lenA: number; lenB: number; lowBelow: number; onJump: (row: number) => void }) {
  const SIZE = 100;
  const low = () => props.beads.filter((b) => b.confidence < props.lowBelow && b.status === 'auto').length;
  const dots = createMemo(() => overviewDots(props.beads, props.lenA, props.lenB, props.lowBelow, SIZE));
  return (
    <figure class="overview">
      <svg viewBox={`-2 -2 ${SIZE + 4} ${SIZE + 4}`} role="img" aria-label={t('edit.overviewLabel', { rows: formatNumber(props.beads.length), low: formatNumber(low()) })}>
        <line x1="0" y1="0" x2={SIZE} y2={SIZE} class="diagonal" />
        <For each={dots()}>{(d) => <circle cx={d.x} cy={d.y} r="1.6" class={`dot ${d.tone}`} onClick={() => props.onJump(d.row)} />}</For>
      </svg>
      <figcaption>{t('edit.overviewLabel', { rows: formatNumber(props.beads.length), low: formatNumber(low()) })}</figcaption>
    </figure>
  );
}

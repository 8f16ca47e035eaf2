import { For } from 'solid-js';
import type { Bead } from '../../core/model';
import { formatNumber, t } from '../../i18n';

/**
 * The whole alignment at a glance: each linked row is a dot at (position in A, position in B).
 * A good alignment is a near-diagonal line; a jump or a cluster off the line is where to look.
 * Low-confidence rows are orange, confirmed green, edited blue. Clicking a dot opens its row.
 */
export function Overview(props: { beads: readonly Bead[]; lenA: number; lenB: number; lowBelow: number; onJump: (row: number) => void }) {
  const SIZE = 100;
  const low = () => props.beads.filter((b) => b.confidence < props.lowBelow && b.status === 'auto').length;
  const x = (b: Bead) => ((b.a[0] ?? 0) + b.a.length / 2) / Math.max(1, props.lenA) * SIZE;
  const y = (b: Bead) => ((b.b[0] ?? 0) + b.b.length / 2) / Math.max(1, props.lenB) * SIZE;
  const tone = (b: Bead) => (b.status === 'confirmed' ? 'confirmed' : b.status === 'edited' ? 'edited' : b.confidence < props.lowBelow ? 'low' : 'auto');
  return (
    <figure class="overview">
      <svg viewBox={`-2 -2 ${SIZE + 4} ${SIZE + 4}`} role="img" aria-label={t('edit.overviewLabel', { rows: formatNumber(props.beads.length), low: formatNumber(low()) })}>
        <line x1="0" y1="0" x2={SIZE} y2={SIZE} class="diagonal" />
        <For each={props.beads}>
          {(b, i) =>
            b.a.length && b.b.length ? (
              <circle cx={x(b)} cy={y(b)} r="1.6" class={`dot ${tone(b)}`} onClick={() => props.onJump(i())} />
            ) : null
          }
        </For>
      </svg>
      <figcaption>{t('edit.overviewLabel', { rows: formatNumber(props.beads.length), low: formatNumber(low()) })}</figcaption>
    </figure>
  );
}

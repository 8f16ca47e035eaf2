import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { motionOf, type Motion } from './overscan';

/** The list counts as still once no scroll event came for this long. */
const SETTLE_MS = 150;
/** A fling counts as paused once no scroll event came for this long; its rows are then measured. */
const FLING_PAUSE_MS = 50;

/**
 * How the page is scrolling (still, scrolling or flinging) and which way, from the window's
 * scroll events; `onFlingPause` runs when a fling stops for a moment (motion is then
 * 'scrolling', so rows drawn from then on are measured). While the list moves,
 * rows pass under a resting pointer: the list stops hit-testing them (its `scrolling`
 * class), which spares the browser a hover update, and its layout, every frame.
 */
export function scrollMotion(onFlingPause: () => void): { motion: Accessor<Motion>; direction: () => 1 | -1 } {
  const [motion, setMotion] = createSignal<Motion>('still');
  let direction: 1 | -1 = 1;
  let lastY = window.scrollY;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;
  // A paused fling is a slow scroll: rows are measured again as they are drawn.
  const paused = () => {
    setMotion('scrolling');
    onFlingPause();
  };
  const onScroll = () => {
    const y = window.scrollY;
    if (y === lastY) return;
    direction = y > lastY ? 1 : -1;
    setMotion(motionOf(Math.abs(y - lastY), window.innerHeight));
    lastY = y;
    clearTimeout(settle);
    clearTimeout(pause);
    settle = setTimeout(() => setMotion('still'), SETTLE_MS);
    if (motion() === 'flinging') pause = setTimeout(paused, FLING_PAUSE_MS);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  onCleanup(() => {
    window.removeEventListener('scroll', onScroll);
    clearTimeout(settle);
    clearTimeout(pause);
  });
  return { motion, direction: () => direction };
}

import { createEffect, createSignal, createUniqueId, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { t } from '../../i18n';

/** Below this width the reader's side panel is a sheet over the lower part of the screen (styles.css). */
export const SHEET_QUERY = '(max-width: 60rem)';

/** Where a word is brought when the sheet opens under it: a fraction of the screen from the top. */
const LIFT_TO = 0.2;

const isPhone = () => typeof matchMedia === 'function' && matchMedia(SHEET_QUERY).matches;

/** CSS.escape where it exists (always in a browser); flag ids are our own, but stay safe. */
const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));

/**
 * The reader's side panel (search, export, annotations, flags, names). On a wide screen it is
 * the column beside the rows. On a phone it is a sheet over the lower part of the screen,
 * closed until asked for, so the text comes first:
 * - the toggle in the reader bar opens it with everything;
 * - tapping an underlined word opens it with only that word's flags, and brings the word near
 *   the top of the screen, so the flag and its paragraph are seen together;
 * - the annotation editor always shows in it, alone, with the annotated text above it.
 * Made once per reader: `Toggle` goes in the bar, `Panel` wraps the side panel's content.
 */
export function createSheet() {
  const [open, setOpen] = createSignal(false);
  const [flags, setFlags] = createSignal<string[]>([]);
  const id = `sheet-${createUniqueId()}`;
  let panel: HTMLDivElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  let toggle: HTMLButtonElement | undefined;
  /** Where the reader was last tapping: brought above the sheet when the editor opens. */
  let lastTapped: HTMLElement | undefined;

  const show = (only: string[] = []) => {
    setFlags(only);
    setOpen(true);
    requestAnimationFrame(() => heading?.focus({ preventScroll: true }));
  };
  const close = () => {
    setOpen(false);
    setFlags([]);
    toggle?.focus({ preventScroll: true });
  };
  /** The text selected in the reader, if any. */
  const selected = () => {
    const sel = getSelection();
    const range = sel && !sel.isCollapsed && sel.rangeCount ? sel.getRangeAt(0) : undefined;
    const node = range?.commonAncestorContainer;
    const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | undefined);
    return el?.closest('.rows') ? range : undefined;
  };
  /**
   * Scrolls a tapped word or the selected text to about a fifth of the way down the screen:
   * above the sheet, with some of its paragraph above it.
   */
  const lift = (target: Element | Range | undefined) => {
    if (!target || (target instanceof Element && !target.isConnected)) return;
    requestAnimationFrame(() => window.scrollBy({ top: target.getBoundingClientRect().top - window.innerHeight * LIFT_TO }));
  };

  const Toggle = (props: { label: string }) => (
    <button
      type="button"
      ref={toggle}
      class="secondary sheet-toggle"
      aria-expanded={open()}
      aria-controls={id}
      onClick={() => (open() ? close() : show())}
    >
      {props.label}
    </button>
  );

  const Panel = (props: { children: JSX.Element }) => {
    onMount(() => {
      const onClick = (e: MouseEvent) => {
        const target = e.target as HTMLElement;
        if (!target.closest('.rows')) return;
        lastTapped = target.closest<HTMLElement>('mark, .flagged, .para') ?? undefined;
        const flagged = target.closest<HTMLElement>('.flagged[data-flag]');
        // A tap on an annotation opens its editor (ParagraphView); the editor shows here by itself.
        if (!flagged || target.closest('mark') || !isPhone()) return;
        const ids = (flagged.dataset.flag ?? '').split(' ').filter(Boolean);
        show(ids);
        lift(flagged);
        // A flag the panel does not list (filtered out, or further down a long list): show the panel whole.
        requestAnimationFrame(() => {
          if (!ids.some((f) => panel?.querySelector(`.flag[data-flag="${esc(f)}"]`))) setFlags([]);
        });
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape' && open() && isPhone()) close();
      };
      // The editor appears in the sheet: keep the text it annotates in sight above it.
      const observer = new MutationObserver(() => {
        if (isPhone() && panel?.querySelector(':scope > .annotation-editor')) lift(selected() ?? lastTapped);
      });
      if (panel) observer.observe(panel, { childList: true });
      document.addEventListener('click', onClick);
      document.addEventListener('keydown', onKey);
      onCleanup(() => {
        observer.disconnect();
        document.removeEventListener('click', onClick);
        document.removeEventListener('keydown', onKey);
      });
    });
    /**
     * Marks the tapped word's flags, the only ones .only-flags leaves shown. A class, not a
     * generated <style>: the Content Security Policy refuses inline styles.
     */
    createEffect(() => {
      const only = new Set(flags());
      requestAnimationFrame(() => {
        for (const el of panel?.querySelectorAll<HTMLElement>('.flag[data-flag]') ?? []) el.classList.toggle('tapped', only.has(el.dataset.flag ?? ''));
      });
    });
    return (
      <div ref={panel} id={id} role="region" class="side" classList={{ open: open(), 'only-flags': open() && flags().length > 0 }} aria-labelledby={`${id}-title`}>
        <div class="sheet-head">
          <h2 id={`${id}-title`} ref={heading} tabindex="-1">
            {flags().length ? t('layout.flagsHere') : t('layout.tools')}
          </h2>
          <Show when={flags().length}>
            <button type="button" class="link" onClick={() => show()}>
              {t('layout.showAll')}
            </button>
          </Show>
          <button type="button" class="secondary" onClick={close}>
            {t('app.close')}
          </button>
        </div>
        {props.children}
      </div>
    );
  };

  return { Toggle, Panel, open };
}

/** The reader's sheet: its toggle for the bar and its panel for the side. */
export type Sheet = ReturnType<typeof createSheet>;

import { createEffect, createSignal, on, type Accessor } from 'solid-js';
import { flagMarkKey, flagMarks, type FlagMark } from './flagMarks';
import type { FlagSource } from './flagSource';

/** Paragraphs read at once: a screenful of rows asks for one or two blocks per column. */
const BLOCK = 64;
const NONE: FlagMark[] = [];

/**
 * The underlines of the paragraphs the reader draws, read from the run a block of paragraphs
 * at a time when a paragraph first asks for them, so a book's marks are never all in the
 * page. Dismissed flags are left out when read, so a dismissal shows at once.
 */
export function createFlagMarks(opts: {
  source: Accessor<FlagSource | null>;
  dismissed: Accessor<ReadonlyMap<string, unknown>>;
  paragraphLength: (docId: string, paragraph: number) => number | undefined;
}) {
  const [blocks, setBlocks] = createSignal(new Map<string, Map<string, FlagMark[]>>());
  let pending = new Set<string>();
  createEffect(
    on(
      () => opts.source()?.key,
      () => {
        pending = new Set();
        setBlocks(new Map());
      },
    ),
  );

  const load = async (source: FlagSource, docId: string, block: number, key: string, asked: Set<string>) => {
    const flags = await source.inParagraphs(docId, block * BLOCK, (block + 1) * BLOCK - 1);
    if (opts.source() !== source || pending !== asked) return;
    setBlocks((m) => new Map(m).set(key, flagMarks(flags, { paragraphLength: opts.paragraphLength })));
  };

  /** Open flags' spans in one paragraph, in reading order; none until its block is read. */
  const at = (docId: string, paragraph: number): FlagMark[] => {
    const source = opts.source();
    if (!source) return NONE;
    const block = Math.floor(paragraph / BLOCK);
    const key = `${docId}:${block}`;
    const marks = blocks().get(key);
    if (!marks) {
      if (!pending.has(key)) {
        pending.add(key);
        const asked = pending;
        queueMicrotask(() => void load(source, docId, block, key, asked).catch((e) => console.error('reading flag marks failed', e)));
      }
      return NONE;
    }
    const list = marks.get(flagMarkKey(docId, paragraph)) ?? NONE;
    const dismissed = opts.dismissed();
    return list.some((m) => dismissed.has(m.id)) ? list.filter((m) => !dismissed.has(m.id)) : list;
  };

  /** Read to redraw whatever depends on the underlines (they change the text's nodes). */
  const version = () => (blocks(), opts.dismissed());
  return { at, version };
}

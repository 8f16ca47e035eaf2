import { createEffect, createSignal, on, onCleanup, untrack, type Accessor } from 'solid-js';
import { draftsRepo } from '../../db/drafts';
import type { TarjumanDB } from '../../db/schema';

type Fields = Record<string, string>;

/** Writes not done yet, by key: `flushDrafts` runs them before a reload. */
const unwritten = new Map<string, () => Promise<void>>();

/** Stores every draft typed since its last write; called before this tab reloads. */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...unwritten.values()].map((write) => write()));
}

/** Typing pauses this long before a draft is written: one write per pause, not per key. */
const PAUSE_MS = 300;

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flushDrafts());

export interface Draft {
  /** True when the form's text came back from a draft (after a reload, an update, a crash). */
  restored: Accessor<boolean>;
  /** Forgets the draft: the text was saved, or the user discarded it. */
  clear(): Promise<void>;
  /** Writes the draft now and keeps it (the form is closing with unsaved text). */
  keep(): Promise<void>;
}

/**
 * Keeps a form's unsaved text in IndexedDB as it is typed, and gives it back when the form
 * opens again with nothing typed yet. `unsaved(fields)` says whether the fields hold anything
 * worth keeping (for an edit, anything different from what is stored).
 */
export function createDraft(db: TarjumanDB, key: string, fields: () => Fields, restore: (saved: Fields) => void, unsaved: (f: Fields) => boolean): Draft {
  const repo = draftsRepo(db);
  const [restored, setRestored] = createSignal(false);
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = async () => {
    clearTimeout(timer);
    unwritten.delete(key);
    const now = untrack(fields);
    await (unsaved(now) ? repo.put(key, now) : repo.remove(key));
  };

  void repo.get(key).then(
    (saved) => {
      // Text typed before the draft was read is newer than the draft: it wins.
      if (saved && unsaved(saved) && !unsaved(untrack(fields))) {
        restore(saved);
        setRestored(true);
      }
      loaded = true;
    },
    () => (loaded = true),
  );

  createEffect(
    on(fields, () => {
      if (!loaded) return;
      clearTimeout(timer);
      unwritten.set(key, write);
      timer = setTimeout(() => void write().catch(() => {}), PAUSE_MS);
    }),
  );
  onCleanup(() => {
    if (unwritten.has(key)) void write().catch(() => {});
  });

  return {
    restored,
    async clear() {
      clearTimeout(timer);
      unwritten.delete(key);
      setRestored(false);
      await repo.remove(key);
    },
    async keep() {
      unwritten.delete(key);
      clearTimeout(timer);
      const now = untrack(fields);
      if (unsaved(now)) await repo.put(key, now);
    },
  };
}

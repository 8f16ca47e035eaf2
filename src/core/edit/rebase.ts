import type { Bead } from '../model';
import { locate } from './history';

/**
 * Two tabs editing one alignment: merging an edit made on an older version of the rows into
 * the version stored since. An edit is a patch (the rows it replaced and the rows it put
 * there, see history.ts). It still applies when the rows it replaced are stored unchanged,
 * wherever they now stand: another tab's edit elsewhere only moved them. Otherwise both tabs
 * changed the same paragraphs' rows, and `conflictRegion` gives the two versions of the
 * smallest stretch of rows where they differ, for the user to choose.
 */

export interface Patch {
  /** Where `before` stood in the rows the edit was made on. */
  at: number;
  before: readonly Bead[];
  after: readonly Bead[];
}

/** `patch` applied to `rows` where its rows stand now, or undefined when they changed. */
export function rebase(rows: readonly Bead[], patch: Patch): { beads: Bead[]; at: number } | undefined {
  const at = locate(rows, patch.before, patch.at);
  if (at < 0) return undefined;
  return { beads: [...rows.slice(0, at), ...patch.after, ...rows.slice(at + patch.before.length)], at };
}

/** Both versions of the rows holding the same paragraphs: what is stored, and this tab's. */
export interface EditConflict {
  /** Where the stored version's rows start (the patch that keeps mine replaces them there). */
  at: number;
  theirs: Bead[];
  mine: Bead[];
}

const keysOf = (rows: readonly Bead[]): Set<string> => {
  const keys = new Set<string>();
  for (const r of rows) {
    for (const i of r.a) keys.add(`a${i}`);
    for (const i of r.b) keys.add(`b${i}`);
  }
  return keys;
};

/** First and one-past-last row holding any of `keys`: the rows are in paragraph order. */
function covering(rows: readonly Bead[], keys: ReadonlySet<string>): [number, number] {
  let from = -1;
  let to = -1;
  rows.forEach((r, k) => {
    if (r.a.some((i) => keys.has(`a${i}`)) || r.b.some((i) => keys.has(`b${i}`))) {
      if (from < 0) from = k;
      to = k + 1;
    }
  });
  return [from, to];
}

/**
 * The smallest stretches of `theirs` and `mine` (two versions of one alignment, both obeying
 * invariant.ts) that start from the rows of `patch` and hold the same paragraphs, so that
 * either can replace the other. Undefined when the two are not versions of the same
 * documents' rows (the alignment was replaced by a fresh one).
 */
export function conflictRegion(theirs: readonly Bead[], mine: readonly Bead[], patch: Patch): EditConflict | undefined {
  let keys = keysOf(patch.after.length ? patch.after : patch.before);
  // Each round widens to whole rows of one version, then of the other; the paragraph set only
  // grows, so this ends, at the latest with every row of both.
  for (;;) {
    const [tf, tt] = covering(theirs, keys);
    if (tf < 0) return undefined;
    const theirKeys = keysOf(theirs.slice(tf, tt));
    const [mf, mt] = covering(mine, theirKeys);
    if (mf < 0) return undefined;
    const mineKeys = keysOf(mine.slice(mf, mt));
    if (mineKeys.size === theirKeys.size && [...mineKeys].every((k) => theirKeys.has(k))) {
      return { at: tf, theirs: theirs.slice(tf, tt), mine: mine.slice(mf, mt) };
    }
    const next = new Set([...keys, ...theirKeys, ...mineKeys]);
    if (next.size === keys.size) return undefined; // no longer growing: not the same paragraphs
    keys = next;
  }
}

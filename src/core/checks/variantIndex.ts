import { nameSkeleton } from '../text/names';
import { LETTER_DISTANCE, latinVariantsKeyed, lengthsMayVary, MIN_LETTERS } from './match';
import { latinKey } from './translit';

/**
 * Which spellings of a list are latinVariants of a name, found through an index instead of
 * a scan of the list: a book's story has thousands of spellings and tens of thousands of
 * mentions asking. The answer is exactly the scan's (same spellings, same order).
 *
 * Why the index finds every variant: latinVariants asks for skeletons within a weighted
 * distance of at most one, every edit costing at least half, so the two skeletons are at
 * most two plain edits apart, and two strings that close share a form with at most two
 * letters deleted from each. Spellings are indexed under every such form of their skeleton.
 */
export class VariantIndex<T extends { text: string }> {
  private readonly byForm = new Map<string, number[]>();
  private readonly memo = new Map<string, T[]>();
  /** Each item's letters and consonants, counted once (latinVariants' first tests need only them). */
  private readonly letters: Int32Array;
  private readonly consonants: Int32Array;
  /**
   * Each item's letters as a set (a bit per letter, folded to 32): a letter of one key the
   * other lacks costs at least an edit, so a pair whose sets differ by more than latinVariants'
   * letter distance allows is ruled out without measuring it.
   */
  private readonly letterSets: Int32Array;
  /** Per item, the number of the last search that met it; searches are numbered from one. */
  private readonly seen: Int32Array;
  private searches = 0;
  /** Each item's latinKey and nameSkeleton, for latinVariants without looking them up again. */
  private readonly keys: string[] = [];
  private readonly skeletons: string[] = [];

  constructor(private readonly items: readonly T[]) {
    this.letters = new Int32Array(items.length);
    this.consonants = new Int32Array(items.length);
    this.letterSets = new Int32Array(items.length);
    this.seen = new Int32Array(items.length);
    items.forEach((item, i) => {
      const [key, skeleton] = [latinKey(item.text), nameSkeleton(item.text)];
      this.keys.push(key);
      this.skeletons.push(skeleton);
      this.letters[i] = key.length;
      this.consonants[i] = skeleton.length;
      this.letterSets[i] = letterSet(key);
      // latinVariants never pairs letters shorter than MIN_LETTERS: such items are never an answer.
      if (key.length < MIN_LETTERS) return;
      for (const f of deletionForms(skeleton)) {
        const list = this.byForm.get(f);
        if (list) list.push(i);
        else this.byForm.set(f, [i]);
      }
    });
  }

  /** The items whose text is a latinVariant of `name`, in list order; remembered per name. */
  variantsOf(name: string): T[] {
    let hit = this.memo.get(name);
    if (!hit && latinKey(name).length < MIN_LETTERS) this.memo.set(name, (hit = []));
    if (!hit) {
      const [key, skeleton] = [latinKey(name), nameSkeleton(name)];
      const set = letterSet(key);
      // Items met under several forms are taken once: marked with this search's number
      // rather than gathered in a set (a book's story asks for every name it writes).
      const search = ++this.searches;
      const near: number[] = [];
      for (const f of deletionForms(skeleton)) {
        for (const i of this.byForm.get(f) ?? []) {
          if (this.seen[i] === search) continue;
          this.seen[i] = search;
          if (lengthsMayVary(key.length, this.letters[i]!, skeleton.length, this.consonants[i]!) && lettersMayVary(key.length, set, this.letters[i]!, this.letterSets[i]!)) near.push(i);
        }
      }
      hit = near
        .sort((x, y) => x - y)
        .filter((i) => latinVariantsKeyed(name, key, skeleton, this.items[i]!.text, this.keys[i]!, this.skeletons[i]!))
        .map((i) => this.items[i]!);
      this.memo.set(name, hit);
    }
    return hit;
  }
}

/** A key's letters as a set of bits (letters sharing a bit only make the test below looser). */
function letterSet(key: string): number {
  let set = 0;
  for (let i = 0; i < key.length; i++) set |= 1 << (key.charCodeAt(i) & 31);
  return set;
}

function bits(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * Whether two keys may be within latinVariants' letter distance (LETTER_DISTANCE of the
 * longer key): each letter one key has and the other lacks needs an edit of its own.
 */
function lettersMayVary(length: number, set: number, otherLength: number, otherSet: number): boolean {
  const least = Math.max(bits(set & ~otherSet), bits(otherSet & ~set));
  return least / Math.max(1, length, otherLength) <= LETTER_DISTANCE;
}

/** A skeleton with up to two letters deleted, every way (the skeleton itself included). */
export function deletionForms(skeleton: string): Set<string> {
  const out = new Set<string>([skeleton]);
  for (let i = 0; i < skeleton.length; i++) {
    const one = skeleton.slice(0, i) + skeleton.slice(i + 1);
    out.add(one);
    for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
  }
  return out;
}

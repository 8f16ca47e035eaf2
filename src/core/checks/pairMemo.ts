import { modelVersion } from './translitModel';

/**
 * The answers of a pure function of a Latin spelling and an Arabic-script word, remembered per
 * spelling, then per word. A book's names meet the same source words bead after bead, and each
 * bead asks every one of its words about each of its names: one lookup then stands for the
 * whole question. Let go past a limit, so memory stays bounded on any book, and when another
 * transliteration table is installed, since the answers read it.
 */
export class PairMemo<T> {
  private bySpelling = new Map<string, Map<string, T>>();
  private count = 0;
  private table = modelVersion();

  constructor(
    private readonly compute: (spelling: string, word: string) => T,
    private readonly limit = 300_000,
  ) {}

  /** The spelling last asked about and its answers: a rule asks one name of every word of a bead in a row. */
  private lastSpelling: string | null = null;
  private lastInner: Map<string, T> | undefined;

  get(spelling: string, word: string): T {
    if (this.table !== modelVersion()) this.clear();
    let inner = spelling === this.lastSpelling ? this.lastInner : this.bySpelling.get(spelling);
    if (inner) {
      this.lastSpelling = spelling;
      this.lastInner = inner;
      const hit = inner.get(word);
      if (hit !== undefined || inner.has(word)) return hit as T;
    }
    if (this.count >= this.limit) {
      this.clear();
      inner = undefined;
    }
    if (!inner) {
      this.bySpelling.set(spelling, (inner = new Map()));
      this.lastSpelling = spelling;
      this.lastInner = inner;
    }
    const v = this.compute(spelling, word);
    inner.set(word, v);
    this.count++;
    return v;
  }

  private clear(): void {
    this.bySpelling = new Map();
    this.lastSpelling = null;
    this.lastInner = undefined;
    this.count = 0;
    this.table = modelVersion();
  }
}

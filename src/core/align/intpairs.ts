/**
 * A hash map from pairs of small non-negative integers to integers, in typed arrays.
 * The aligner keys millions of (id, id) pairs: a Map would need a string or a float key
 * per lookup (garbage, slow hashing), this needs none.
 */
export class IntPairMap {
  private keyA: Int32Array;
  private keyB: Int32Array;
  private value: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keyA = new Int32Array(cap).fill(-1);
    this.keyB = new Int32Array(cap);
    this.value = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Slot of (a, b): where it is, or the empty slot where it would go. */
  private slot(a: number, b: number): number {
    // Multiplicative hashing of both halves; linear probing.
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    while (this.keyA[h] !== -1 && (this.keyA[h] !== a || this.keyB[h] !== b)) h = (h + 1) & this.mask;
    return h;
  }

  /** The value of (a, b), or -1. */
  get(a: number, b: number): number {
    const h = this.slot(a, b);
    return this.keyA[h] === -1 ? -1 : this.value[h]!;
  }

  set(a: number, b: number, value: number): void {
    const h = this.slot(a, b);
    if (this.keyA[h] === -1) {
      this.keyA[h] = a;
      this.keyB[h] = b;
      this.size++;
    }
    this.value[h] = value;
    // Half full at most, so probes stay short.
    if (this.size * 2 > this.mask) this.grow();
  }

  forEach(visit: (a: number, b: number, value: number) => void): void {
    for (let h = 0; h <= this.mask; h++) if (this.keyA[h] !== -1) visit(this.keyA[h]!, this.keyB[h]!, this.value[h]!);
  }

  private grow(): void {
    const [ka, kb, v] = [this.keyA, this.keyB, this.value];
    const cap = 2 * (this.mask + 1);
    this.keyA = new Int32Array(cap).fill(-1);
    this.keyB = new Int32Array(cap);
    this.value = new Int32Array(cap);
    this.mask = cap - 1;
    for (let h = 0; h < ka.length; h++) {
      if (ka[h] === -1) continue;
      const s = this.slot(ka[h]!, kb[h]!);
      this.keyA[s] = ka[h]!;
      this.keyB[s] = kb[h]!;
      this.value[s] = v[h]!;
    }
  }
}

/** A growable list of 32-bit integers (a plain array of millions of ids costs twice the memory). */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }

  get(k: number): number {
    return this.data[k]!;
  }

  set(k: number, x: number): void {
    this.data[k] = x;
  }

  /** A trimmed copy. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

// A map from non-negative 30-bit integers to integers, open addressing on typed arrays: the aligner
// looks up every word bigram, and a Map of numbers was its slowest part.

const EMPTY = -1;

export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    for (let i = Math.imul(key, 0x9e3779b1) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === EMPTY) return -1;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    for (let i = Math.imul(key, 0x9e3779b1) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key) {
        this.values[i] = value;
        return;
      }
      if (k === EMPTY) {
        this.keys[i] = key;
        this.values[i] = value;
        this.count++;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i]!, values[i]!);
  }
}

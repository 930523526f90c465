// Paragraphs as sets of integer features (word bigrams, counted with multiplicity), so that overlap
// between two paragraphs is a set intersection and candidates come from an inverted index.
import { IntMap } from './int-map';

const BOUNDARY = 0x3fffffff; // the paragraph's start and end, so one-word paragraphs still have a feature

/** Interns word bigrams into dense integer feature ids shared by both revisions. */
export class FeatureSpace {
  /** Bigram hash → feature id of its first occurrence in a paragraph. */
  private readonly bigramIds = new IntMap(8192);
  /** "feature id:k" → feature id of a bigram's k-th occurrence (k ≥ 1), rare. */
  private readonly repeatIds = new Map<string, number>();
  private features = 0;
  /** Per feature: the paragraph stamp that last used it, to count repeats without a map per paragraph. */
  private lastStamp = new Int32Array(8192);
  private seenCount = new Int32Array(8192);
  private stamp = 0;

  /**
   * Distinct feature ids of a paragraph's word hashes (see `wordHashes`): each bigram's k-th
   * occurrence is its own feature, so sets act as multisets.
   */
  featuresOf(words: readonly number[]): Int32Array {
    const stamp = ++this.stamp;
    const out = new Int32Array(words.length + 1);
    let prev = BOUNDARY;
    for (let i = 0; i <= words.length; i++) {
      const cur = i < words.length ? words[i]! : BOUNDARY;
      // A 30-bit mix of two 30-bit word hashes: small-integer map keys; a collision is harmless noise.
      const bigram = (Math.imul(prev, 0x9e3779b1) ^ cur) & 0x3fffffff;
      let id = this.bigramIds.get(bigram);
      if (id < 0) {
        id = this.features++;
        this.bigramIds.set(bigram, id);
      }
      if (id >= this.lastStamp.length) this.growStamps();
      if (this.lastStamp[id] === stamp) {
        const k = (this.seenCount[id] = this.seenCount[id]! + 1);
        const repeatKey = `${id}:${k}`;
        let repeat = this.repeatIds.get(repeatKey);
        if (repeat === undefined) {
          repeat = this.features++;
          this.repeatIds.set(repeatKey, repeat);
        }
        id = repeat;
      } else {
        this.lastStamp[id] = stamp;
        this.seenCount[id] = 0;
      }
      out[i] = id;
      prev = cur;
    }
    return out;
  }

  private growStamps(): void {
    const stamps = new Int32Array(this.lastStamp.length * 2);
    stamps.set(this.lastStamp);
    const counts = new Int32Array(this.seenCount.length * 2);
    counts.set(this.seenCount);
    this.lastStamp = stamps;
    this.seenCount = counts;
  }

  get featureCount(): number {
    return this.features;
  }
}

/** Number of shared features; `a` and `b` each hold distinct ids. */
export function overlapOf(a: Int32Array, b: Int32Array): number {
  const set = new Set(a);
  let shared = 0;
  for (const f of b) if (set.has(f)) shared++;
  return shared;
}

/** Dice coefficient from an overlap and the two sizes. */
export function dice(overlap: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 1 : (2 * overlap) / (sizeA + sizeB);
}

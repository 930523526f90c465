// Paragraphs as sets of integer features (word bigrams, counted with multiplicity), so that overlap
// between two paragraphs is a set intersection and candidates come from an inverted index.

const BOUNDARY = 0; // token id of the paragraph start/end, so one-word paragraphs still have a feature

/** Interns tokens and features into dense integer ids shared by both revisions. */
export class FeatureSpace {
  private readonly tokenIds = new Map<string, number>();
  /** Bigram → feature id of its first occurrence in a paragraph. */
  private readonly bigramIds = new Map<number, number>();
  /** "feature id:k" → feature id of a bigram's k-th occurrence (k ≥ 1), rare. */
  private readonly repeatIds = new Map<string, number>();
  private features = 0;
  /** Per feature: the paragraph stamp that last used it, to count repeats without a map per paragraph. */
  private lastStamp: number[] = [];
  private seenCount: number[] = [];
  private stamp = 0;

  tokenIdsOf(tokens: readonly string[]): number[] {
    return tokens.map((t) => {
      let id = this.tokenIds.get(t);
      if (id === undefined) {
        id = this.tokenIds.size + 1;
        this.tokenIds.set(t, id);
      }
      return id;
    });
  }

  /** Distinct feature ids: each bigram's k-th occurrence is its own feature, so sets act as multisets. */
  featuresOf(tokenIds: readonly number[]): Int32Array {
    const stamp = ++this.stamp;
    const out = new Int32Array(tokenIds.length + 1);
    let prev = BOUNDARY;
    for (let i = 0; i <= tokenIds.length; i++) {
      const cur = i < tokenIds.length ? tokenIds[i]! : BOUNDARY;
      // Small-integer keys while the vocabulary fits 16 bits (always, for one negotiation text).
      const bigram = prev < 0x8000 && cur < 0x8000 ? prev * 0x8000 + cur : -(prev * 0x100000 + cur);
      let id = this.bigramIds.get(bigram);
      if (id === undefined) {
        id = this.features++;
        this.bigramIds.set(bigram, id);
      }
      if (this.lastStamp[id] === stamp) {
        const k = (this.seenCount[id] = (this.seenCount[id] ?? 0) + 1);
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

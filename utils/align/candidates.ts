// Candidate pairs from an inverted index of old features: only pairs that share a feature are ever
// looked at, instead of comparing every old paragraph with every new one.

export interface Candidate {
  old: number;
  new: number;
  /** Shared features. */
  overlap: number;
  dice: number;
}

/** Below both of these a pair cannot be a match, a split part or a merge part: not worth keeping. */
const KEEP_DICE = 0.2;
const KEEP_CONTAINMENT = 0.5;

/** For each new paragraph, the old paragraphs it shares enough features with. */
export function findCandidates(oldFeatures: readonly Int32Array[], newFeatures: readonly Int32Array[], featureCount: number): Candidate[][] {
  // Postings as one flat array (offsets per feature): thousands of small arrays cost more than the search.
  const start = new Int32Array(featureCount + 1);
  for (const features of oldFeatures) for (const f of features) start[f + 1]!++;
  for (let f = 0; f < featureCount; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, featureCount);
  const postings = new Int32Array(start[featureCount]!);
  oldFeatures.forEach((features, o) => {
    for (const f of features) postings[fill[f]!++] = o;
  });
  const shared = new Int32Array(oldFeatures.length);
  const touched: number[] = [];
  return newFeatures.map((features, n) => {
    for (const f of features) {
      for (let p = start[f]!, end = start[f + 1]!; p < end; p++) {
        const o = postings[p]!;
        const before = shared[o]!;
        shared[o] = before + 1;
        if (before === 0) touched.push(o);
      }
    }
    const found: Candidate[] = [];
    for (const o of touched) {
      const overlap = shared[o]!;
      shared[o] = 0;
      const oldSize = oldFeatures[o]!.length;
      const d = (2 * overlap) / (oldSize + features.length);
      const containment = overlap / Math.min(oldSize, features.length);
      if (d >= KEEP_DICE || containment >= KEEP_CONTAINMENT) found.push({ old: o, new: n, overlap, dice: d });
    }
    touched.length = 0;
    return found;
  });
}

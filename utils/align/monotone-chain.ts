// The heaviest chain of pairs increasing in both old and new position: the order-preserving backbone
// of an alignment (a weighted LCS over candidate pairs, O(k log n) with a Fenwick tree of maxima).

export interface WeightedPair {
  old: number;
  new: number;
  weight: number;
}

export function heaviestMonotoneChain<P extends WeightedPair>(pairs: readonly P[], oldCount: number): P[] {
  const sorted = [...pairs].sort((a, b) => a.new - b.new || a.old - b.old);
  const treeBest = new Float64Array(oldCount + 1);
  const treeAt = new Int32Array(oldCount + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);

  const prefixMax = (end: number): [number, number] => {
    let value = 0;
    let at = -1;
    for (let i = end; i > 0; i -= i & -i) {
      if (treeBest[i]! > value) {
        value = treeBest[i]!;
        at = treeAt[i]!;
      }
    }
    return [value, at];
  };
  const update = (position: number, value: number, at: number): void => {
    for (let i = position; i <= oldCount; i += i & -i) {
      if (value > treeBest[i]!) {
        treeBest[i] = value;
        treeAt[i] = at;
      }
    }
  };

  let start = 0;
  while (start < sorted.length) {
    // All pairs of one new paragraph are scored before any is recorded: two pairs sharing a new
    // paragraph must not chain.
    let end = start;
    while (end < sorted.length && sorted[end]!.new === sorted[start]!.new) end++;
    for (let i = start; i < end; i++) {
      const [value, at] = prefixMax(sorted[i]!.old); // old positions strictly before this one
      best[i] = value + sorted[i]!.weight;
      previous[i] = at;
    }
    for (let i = start; i < end; i++) update(sorted[i]!.old + 1, best[i]!, i);
    start = end;
  }

  let last = -1;
  for (let i = 0; i < sorted.length; i++) if (last < 0 || best[i]! > best[last]!) last = i;
  const chain: P[] = [];
  for (let i = last; i >= 0; i = previous[i]!) chain.push(sorted[i]!);
  return chain.reverse();
}

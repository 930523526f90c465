// Splits (one old → consecutive new) and merges (consecutive old → one new), grown from 1:1 matches
// and from short paragraphs that sit almost entirely inside a longer one.
import { dice, overlapOf, type FeatureSpace } from './features';
import type { Candidate } from './candidates';
import type { Membership, WorkingUnit } from './working-unit';

/** Share of a part's features that must come from the whole for it to count as a piece of it. */
const PART_CONTAINMENT = 0.6;
/** A lone paragraph this much inside an unmatched one starts a split or merge of its own. */
const SEED_CONTAINMENT = 0.8;

export interface Side {
  /** Word hashes per paragraph (see `wordHashes`). */
  tokens: readonly number[][];
  features: readonly Int32Array[];
}

export function growSplitsAndMerges(
  membership: Membership,
  oldSide: Side,
  newSide: Side,
  candidatesByNew: readonly Candidate[][],
  space: FeatureSpace,
): void {
  seedFromContainment(membership, oldSide, newSide, candidatesByNew);
  const groupSimilarity = (olds: number[], news: number[]): number => {
    const a = olds.length === 1 ? oldSide.features[olds[0]!]! : space.featuresOf(olds.flatMap((o) => oldSide.tokens[o]!));
    const b = news.length === 1 ? newSide.features[news[0]!]! : space.featuresOf(news.flatMap((n) => newSide.tokens[n]!));
    return dice(overlapOf(a, b), a.length, b.length);
  };
  for (const unit of [...membership.units]) {
    if (unit.olds.length === 1) {
      growSide(unit, unit.news, (n) => membership.newFree(n), (n) => partOf(newSide.features[n]!, oldSide.features[unit.olds[0]!]!),
        (news) => groupSimilarity(unit.olds, news), (n) => membership.addNew(unit, n));
    }
    if (unit.news.length === 1) {
      growSide(unit, unit.olds, (o) => membership.oldFree(o), (o) => partOf(oldSide.features[o]!, newSide.features[unit.news[0]!]!),
        (olds) => groupSimilarity(olds, unit.news), (o) => membership.addOld(unit, o));
    }
  }
}

/** Share of `part`'s features found in `whole`. */
function partOf(part: Int32Array, whole: Int32Array): number {
  return part.length === 0 ? 0 : overlapOf(whole, part) / part.length;
}

/** Adds free neighbours (before and after the current run) while they are pieces of the other side and raise the similarity. */
function growSide(
  unit: WorkingUnit,
  run: number[],
  isFree: (i: number) => boolean,
  containment: (i: number) => number,
  similarityWith: (run: number[]) => number,
  add: (i: number) => void,
): void {
  let current = -1; // computed on first need: most units have no free neighbour
  for (let grew = true; grew; ) {
    grew = false;
    for (const next of [run[run.length - 1]! + 1, run[0]! - 1]) {
      if (!isFree(next) || containment(next) < PART_CONTAINMENT) continue;
      if (current < 0) current = similarityWith(run);
      const extended = similarityWith([...run, next].sort((a, b) => a - b));
      if (extended <= current) continue;
      add(next);
      current = extended;
      unit.similarity = extended;
      grew = true;
    }
  }
}

/** Unmatched short paragraphs almost wholly inside an unmatched longer one become a 1:1 unit to grow. */
function seedFromContainment(membership: Membership, oldSide: Side, newSide: Side, candidatesByNew: readonly Candidate[][]): void {
  const seeds: Candidate[] = [];
  for (const list of candidatesByNew) {
    for (const c of list) {
      if (!membership.newFree(c.new) || !membership.oldFree(c.old)) continue;
      const oldSize = oldSide.features[c.old]!.length;
      const newSize = newSide.features[c.new]!.length;
      if (c.overlap / Math.min(oldSize, newSize) >= SEED_CONTAINMENT) seeds.push(c);
    }
  }
  seeds.sort((a, b) => b.overlap - a.overlap);
  for (const c of seeds) {
    if (membership.newFree(c.new) && membership.oldFree(c.old)) membership.add([c.old], [c.new], c.dice);
  }
}

// Paragraph alignment between two revisions: which paragraphs of the new text continue which of the
// old one, whatever their labels say (every revision renumbers).
//
// Steps: normalise → word-bigram features → candidate pairs from an inverted index → the heaviest
// order-preserving chain of good matches (the backbone) → weaker matches inside the backbone's gaps →
// out-of-order matches (moved) → splits and merges around the matches → labels and change kinds.
import { findCandidates, type Candidate } from './candidates';
import { FeatureSpace } from './features';
import { heaviestMonotoneChain } from './monotone-chain';
import { equalityKey, wordHashes } from './normalize';
import { orderUnits } from './order-units';
import { growSplitsAndMerges, type Side } from './split-merge';
import { paragraphKey, type AlignInput, type AlignmentUnit, type ChangeKind } from './types';
import { Membership, type WorkingUnit } from './working-unit';

/** Dice on word bigrams from which two paragraphs are taken as the same one, anywhere in the text. */
const MATCH = 0.5;
/** Lower bar between two in-order matches, where the only other reading is "deleted + added". */
const GAP_MATCH = 0.3;
/** Identical text outweighs any near-identical one, so exact copies anchor the backbone. */
const IDENTICAL_BONUS = 0.5;

interface PreparedSide extends Side {
  texts: readonly string[];
  /** Equality keys, computed on first need: most pairs compare equal as raw text already. */
  keys: (string | undefined)[];
}

export function alignParagraphs(oldParas: readonly AlignInput[], newParas: readonly AlignInput[]): AlignmentUnit[] {
  const space = new FeatureSpace();
  const oldSide = prepare(oldParas, space);
  const newSide = prepare(newParas, space);
  const candidatesByNew = findCandidates(oldSide.features, newSide.features, space.featureCount);
  const membership = new Membership(oldParas.length, newParas.length);
  const identical = (o: number, n: number): boolean => sameText(oldSide, o, newSide, n);
  const weightOf = (c: Candidate): number => c.dice + (identical(c.old, c.new) ? IDENTICAL_BONUS : 0);

  const candidates = candidatesByNew.flat();
  const strong = candidates.filter((c) => c.dice >= MATCH);
  const backbone = heaviestMonotoneChain(strong.map((c) => ({ ...c, weight: weightOf(c) })), oldParas.length);
  for (const c of backbone) membership.add([c.old], [c.new], c.dice);

  const inGaps = candidates.filter((c) => c.dice >= GAP_MATCH && membership.oldFree(c.old) && membership.newFree(c.new) && sameGap(c, backbone));
  for (const c of heaviestMonotoneChain(inGaps.map((g) => ({ ...g, weight: weightOf(g) })), oldParas.length)) {
    membership.add([c.old], [c.new], c.dice);
  }

  // Good matches left over cross the backbone: the paragraph moved. Best first, each side once.
  const leftovers = strong.filter((c) => membership.oldFree(c.old) && membership.newFree(c.new)).sort((a, b) => weightOf(b) - weightOf(a));
  for (const c of leftovers) if (membership.oldFree(c.old) && membership.newFree(c.new)) membership.add([c.old], [c.new], c.dice);

  growSplitsAndMerges(membership, oldSide, newSide, candidatesByNew, space);

  for (let o = 0; o < oldParas.length; o++) if (membership.oldFree(o)) membership.add([o], [], 0);
  for (let n = 0; n < newParas.length; n++) if (membership.newFree(n)) membership.add([], [n], 0);

  const ordered = unitsInOrder(membership.units, oldParas.length);
  const isMoved = (u: WorkingUnit): boolean => u.olds.length === 1 && u.news.length === 1 && !ordered.has(u);
  return orderUnits(membership.units, oldParas.length, isMoved).map((u) => ({
    old: u.olds.map((o) => paragraphKey(oldParas[o]!)),
    new: u.news.map((n) => paragraphKey(newParas[n]!)),
    change: changeOf(u, isMoved, identical),
    similarity: !u.news.length || !u.olds.length ? 0 : u.olds.length === 1 && u.news.length === 1 && identical(u.olds[0]!, u.news[0]!) ? 1 : Math.min(1, u.similarity),
  }));
}

function prepare(paras: readonly AlignInput[], space: FeatureSpace): PreparedSide {
  const texts = paras.map((p) => p.text);
  const tokens = texts.map(wordHashes);
  return { texts, keys: new Array<string | undefined>(paras.length), tokens, features: tokens.map((t) => space.featuresOf(t)) };
}

/** Same text once layout noise is ignored (see `equalityKey`). */
function sameText(a: PreparedSide, i: number, b: PreparedSide, j: number): boolean {
  if (a.texts[i] === b.texts[j]) return true;
  const keyA = (a.keys[i] ??= equalityKey(a.texts[i]!));
  const keyB = (b.keys[j] ??= equalityKey(b.texts[j]!));
  return keyA === keyB;
}

/** Whether a pair falls between the same two consecutive backbone pairs on both sides. */
function sameGap(c: Candidate, backbone: readonly Candidate[]): boolean {
  return gapIndex(backbone, (b) => b.old < c.old) === gapIndex(backbone, (b) => b.new < c.new);
}

/** Number of backbone pairs before a position (the backbone is increasing on both sides). */
function gapIndex(backbone: readonly Candidate[], before: (b: Candidate) => boolean): number {
  let lo = 0;
  let hi = backbone.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(backbone[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Units that keep the document order: the heaviest increasing chain over every matched unit. */
function unitsInOrder(units: readonly WorkingUnit[], oldCount: number): Set<WorkingUnit> {
  const pairs = units
    .filter((u) => u.olds.length > 0 && u.news.length > 0)
    .map((unit) => ({ unit, old: unit.olds[0]!, new: unit.news[0]!, weight: 1 + unit.similarity }));
  return new Set(heaviestMonotoneChain(pairs, oldCount).map((p) => p.unit));
}

function changeOf(u: WorkingUnit, isMoved: (u: WorkingUnit) => boolean, identical: (o: number, n: number) => boolean): ChangeKind {
  if (u.news.length === 0) return 'deleted';
  if (u.olds.length === 0) return 'added';
  if (u.news.length > 1) return 'split';
  if (u.olds.length > 1) return 'merged';
  if (isMoved(u)) return 'moved';
  return identical(u.olds[0]!, u.news[0]!) ? 'unchanged' : 'modified';
}

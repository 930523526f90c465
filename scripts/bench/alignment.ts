// Paragraph alignment speed and accuracy against a whole-paragraph Levenshtein greedy aligner, on the
// 150-paragraph ground-truth pair (tests/fixtures/revisions/full-150.json), both in this process.
import { readFileSync } from 'node:fs';
import { alignParagraphs, equalityKey, type AlignInput, type AlignmentUnit } from '../../utils/align';
import { scoreAlignment } from '../../utils/align/accuracy';
import { median, type BenchResult } from './measure';

const PAIR = 'tests/fixtures/revisions/full-150.json';
/** Baseline runs, each next to OURS_PER_ROUND runs of ours, so both see the same machine load. */
const ROUNDS = 3;
const OURS_PER_ROUND = 15;
/** Ours runs for milliseconds: it needs several runs to be compiled as hot as one baseline run gets. */
const WARM_UP_RUNS = 10;
const TARGET_MS = 20;
const TARGET_SPEEDUP = 100;
/** Normalised distance up to which the baseline calls two paragraphs the same one. */
const BASELINE_MAX_DISTANCE = 0.5;

export interface AlignmentBenchResult extends BenchResult {
  accuracy: number;
  baselineAccuracy: number;
}

interface RevisionPair {
  old: AlignInput[];
  new: AlignInput[];
  truth: AlignmentUnit[];
}

export async function benchAlignment(file = PAIR): Promise<AlignmentBenchResult> {
  const pair = JSON.parse(readFileSync(file, 'utf8')) as RevisionPair;
  const oursRun = (): AlignmentUnit[] => alignParagraphs(pair.old, pair.new);
  const baselineRun = (): AlignmentUnit[] => levenshteinGreedyAlign(pair.old, pair.new);
  // Warm-up (JIT), and the results scored against the truth.
  for (let i = 1; i < WARM_UP_RUNS; i++) oursRun();
  const accuracy = scoreAlignment(oursRun(), pair.truth).accuracy;
  const baselineAccuracy = scoreAlignment(baselineRun(), pair.truth).accuracy;
  const oursTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < OURS_PER_ROUND; i++) oursTimes.push(timed(oursRun));
    baselineTimes.push(timed(baselineRun));
  }
  const ours = { ms: median(oursTimes) };
  const baseline = { ms: median(baselineTimes) };
  const ratio = ours.ms / baseline.ms;
  const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;
  return {
    name: `alignment ${pair.old.length}×${pair.new.length} paragraphs (units right: ${percent(accuracy)}, Levenshtein greedy ${percent(baselineAccuracy)})`,
    baselineMs: baseline.ms,
    measuredMs: ours.ms,
    ratio,
    target: `≤ ${1 / TARGET_SPEEDUP}× Levenshtein greedy, ≤ ${TARGET_MS} ms, accuracy ≥ baseline`,
    met: ratio <= 1 / TARGET_SPEEDUP && ours.ms <= TARGET_MS && accuracy >= baselineAccuracy,
    accuracy,
    baselineAccuracy,
  };
}

function timed(work: () => unknown): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

// ---------------------------------------------------------------- baseline

/**
 * The obvious aligner: for each new paragraph in order, the untaken old paragraph at the smallest
 * normalised Levenshtein distance over whole texts; close enough is a match, else an addition.
 * It shares the aligner's text normalisation, so the comparison is about alignment alone.
 */
export function levenshteinGreedyAlign(oldParas: readonly AlignInput[], newParas: readonly AlignInput[]): AlignmentUnit[] {
  const oldKeys = oldParas.map((p) => equalityKey(p.text));
  const oldTexts = oldKeys.map((k) => k.toLowerCase());
  const taken = new Set<number>();
  const units: AlignmentUnit[] = [];
  newParas.forEach((p) => {
    const key = equalityKey(p.text);
    const text = key.toLowerCase();
    let best = -1;
    let bestDistance = BASELINE_MAX_DISTANCE;
    oldTexts.forEach((candidate, o) => {
      if (taken.has(o)) return;
      const longer = Math.max(candidate.length, text.length) || 1;
      const distance = levenshtein(candidate, text, Math.floor(bestDistance * longer)) / longer;
      if (distance <= bestDistance) {
        best = o;
        bestDistance = distance;
      }
    });
    if (best < 0) {
      units.push({ old: [], new: [p.label], change: 'added', similarity: 0 });
      return;
    }
    taken.add(best);
    // It has no notion of moves, splits or merges: a match is the same paragraph, edited or not.
    const change = oldKeys[best] === key ? 'unchanged' : 'modified';
    units.push({ old: [oldParas[best]!.label], new: [p.label], change, similarity: 1 - bestDistance });
  });
  oldParas.forEach((p, o) => {
    if (!taken.has(o)) units.push({ old: [p.label], new: [], change: 'deleted', similarity: 0 });
  });
  return units;
}

/** Edit distance, or `limit + 1` as soon as it must exceed `limit` (same answers, less work). */
function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

// How many units of an alignment match a known one exactly (same paragraphs on both sides, same kind).
import type { AlignmentUnit } from './types';

export interface AlignmentScore {
  correct: number;
  /** The larger of the two unit counts, so both missing and spurious units cost. */
  total: number;
  accuracy: number;
}

function unitIdentity(u: Pick<AlignmentUnit, 'old' | 'new' | 'change'>): string {
  return `${u.change}|${[...u.old].sort().join(',')}|${[...u.new].sort().join(',')}`;
}

export function scoreAlignment(predicted: readonly AlignmentUnit[], truth: readonly AlignmentUnit[]): AlignmentScore {
  const expected = new Set(truth.map(unitIdentity));
  const correct = predicted.filter((u) => expected.has(unitIdentity(u))).length;
  const total = Math.max(predicted.length, truth.length);
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

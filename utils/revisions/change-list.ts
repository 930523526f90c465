// Every change between two revisions, in the newer text's order (deletions at their old place), with
// counts per kind for the compare view's filter.
import type { AlignmentUnit, ChangeKind } from '../align';
import { paragraphChange, type ParagraphChange } from './paragraph-change';
import type { RevisionText } from './revision-text';

export const CHANGE_KINDS: readonly ChangeKind[] = ['modified', 'added', 'deleted', 'moved', 'split', 'merged', 'unchanged'];

export interface ChangeList {
  entries: ParagraphChange[];
  counts: Record<ChangeKind, number>;
}

export function changeList(units: readonly AlignmentUnit[], older: RevisionText, newer: RevisionText): ChangeList {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  const entries = units.map((unit) => {
    counts[unit.change] += 1;
    const side = unit.new.length > 0 ? 'new' : 'old';
    const key = unit[side][0]!;
    return paragraphChange([unit], older, newer, side, key)!;
  });
  return { entries, counts };
}

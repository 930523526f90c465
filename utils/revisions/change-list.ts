// Every change between two revisions, in the newer text's order (deletions at their old place), with
// counts per kind for the compare view's filter.
import type { AlignmentUnit, ChangeKind } from '../align';
import { joinTexts, paragraphChange, type ParagraphChange } from './paragraph-change';
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
    const change = paragraphChange([unit], older, newer, side, unit[side][0]!)!;
    // A list of changes shows added and deleted paragraphs whole (a card shows its own paragraph anyway).
    if (unit.change === 'added') return { ...change, tokens: [{ kind: 'ins' as const, text: joinTexts(newer, unit.new) }] };
    if (unit.change === 'deleted') return { ...change, tokens: [{ kind: 'del' as const, text: joinTexts(older, unit.old) }] };
    return change;
  });
  return { entries, counts };
}

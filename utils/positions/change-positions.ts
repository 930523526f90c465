// Who asked for what, beside what changed: the positions on each change of a compare list. A change is
// looked up where it stands: in the newer revision, or in the older one for a deleted paragraph; positions
// said about other revisions are followed there through the cached texts, as the card does.
import type { ParagraphChange } from '../revisions/paragraph-change';
import { createLabelResolver } from '../revisions/follow-paragraph';
import type { RevisionText } from '../revisions/revision-text';
import { positionsFor, type PositionMatch, type ResolveLabel } from './lookup';
import type { Position } from './model';
import { positionRevision } from './own-position';

/** Matches per change, in the order of `changes`; empty where a revision is not one positions can address. */
export function positionsOnChanges(
  changes: readonly ParagraphChange[],
  older: RevisionText,
  newer: RevisionText,
  positions: readonly Position[],
  cached: readonly RevisionText[] = [],
): PositionMatch[][] {
  const others = [older, newer, ...cached];
  const sides = { old: lookupIn(older, others, positions), new: lookupIn(newer, others, positions) };
  return changes.map((change) => {
    const [lookup, keys] = change.newKeys.length > 0 ? [sides.new, change.newKeys] : [sides.old, change.oldKeys];
    const seen = new Set<string>();
    const matches: PositionMatch[] = [];
    // A split or merge has several paragraphs on a side: each position once.
    for (const key of keys) {
      for (const match of lookup(key)) {
        const id = `${match.position.origin}\u0000${match.position.id}`;
        if (!seen.has(id)) matches.push(match);
        seen.add(id);
      }
    }
    return matches;
  });
}

function lookupIn(text: RevisionText, others: readonly RevisionText[], positions: readonly Position[]): (key: string) => PositionMatch[] {
  const family = text.documentId.family;
  const revision = positionRevision(text.documentId.revision);
  if (!family || !revision) return () => [];
  // One alignment answer per paragraph of another revision: many positions cite the same few.
  const follow = createLabelResolver(text, others);
  const answers = new Map<string, string | null>();
  const resolve: ResolveLabel = (from, label) => {
    const id = `${from}\u0000${label}`;
    if (!answers.has(id)) answers.set(id, follow(from, label));
    return answers.get(id)!;
  };
  return (key) => positionsFor(positions, { family, revision, label: key }, { resolve });
}

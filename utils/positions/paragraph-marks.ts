// Which paragraphs of one revision have positions, for the small mark on their badges: the labels
// positions cite in this revision, and those cited in other revisions followed here by `resolve`.
import type { Family } from '../document-id';
import { createLabelResolver } from '../revisions/follow-paragraph';
import { textOfRevision, type RevisionText } from '../revisions/revision-text';
import type { ResolveLabel } from './lookup';
import type { Position, PositionRevision } from './model';

export function paragraphsWithPositions(
  positions: readonly Position[],
  target: { family: Family; revision: PositionRevision },
  resolve?: ResolveLabel,
): Set<string> {
  const labels = new Set<string>();
  const resolved = new Map<string, string | null>();
  for (const position of positions) {
    if (position.family !== target.family) continue;
    const references = [{ revision: position.revision, paragraphs: position.paragraphs }, ...(position.alsoRefersTo ?? [])];
    for (const reference of references) {
      for (const label of reference.paragraphs) {
        if (reference.revision === target.revision) {
          labels.add(label);
          continue;
        }
        if (!resolve) continue;
        const key = `${reference.revision}\u0000${label}`;
        if (!resolved.has(key)) resolved.set(key, resolve(reference.revision, label));
        const here = resolved.get(key);
        if (here) labels.add(here);
      }
    }
  }
  return labels;
}

/**
 * The same for a revision known by its cached text (the background answering a page): positions said
 * about other cached revisions are followed into it; without its text, only its own labels count.
 */
export function markedLabels(
  positions: readonly Position[],
  target: { family: Family; revision: PositionRevision },
  cached: readonly RevisionText[],
): Set<string> {
  const text = textOfRevision(cached, target.revision);
  return paragraphsWithPositions(positions, target, text ? createLabelResolver(text, cached) : undefined);
}

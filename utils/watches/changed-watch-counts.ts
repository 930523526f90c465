// How many watched paragraphs changed in a given revision since the revision the reader acknowledged:
// the count on a chip next to a link to that revision. Followed by alignment like the popup's rows;
// a revision whose text was never read has no count (nothing is known about it yet).
import { compareRevisions } from '../catalog';
import type { Watch } from '../db/schema';
import type { Family, Revision } from '../document-id';
import type { RevisionText } from '../revisions/revision-text';
import { watchReport } from './watch-status';

export type ChangedWatchCounts = ReadonlyMap<string, number>;

export function changedWatchKey(family: Family, revision: Revision): string {
  return `${family}/${revision}`;
}

/** `revisions`: cached texts (one per revision, as cachedRevisionsOf gives); `wanted`: the chips' revisions. */
export function changedWatchCounts(
  watches: readonly Watch[],
  revisions: readonly RevisionText[],
  wanted: readonly { family: Family; revision: Revision }[],
): ChangedWatchCounts {
  const counts = new Map<string, number>();
  for (const { family, revision } of wanted) {
    const key = changedWatchKey(family, revision);
    if (counts.has(key)) continue; // a page links a revision's clean and tracked files: one count
    const ofFamily = revisions.filter((text) => text.documentId.family === family);
    if (!ofFamily.some((text) => text.documentId.revision === revision)) continue;
    let changed = 0;
    for (const watch of watches) {
      if (watch.family !== family || compareRevisions(revision, watch.acknowledgedRevision) <= 0) continue;
      if (watchReport(watch, ofFamily, [], revision).changed) changed++;
    }
    counts.set(key, changed);
  }
  return counts;
}

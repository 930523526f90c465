// How many watched paragraphs changed in each revision, as last seen and not yet marked as seen: the
// count on a chip next to a link to that revision (the toolbar badge counts the same watches overall).
import type { Watch } from '../db/schema';
import type { Family, Revision } from '../document-id';

export type ChangedWatchCounts = ReadonlyMap<string, number>;

export function changedWatchKey(family: Family, revision: Revision): string {
  return `${family}/${revision}`;
}

export function changedWatchCounts(watches: readonly Pick<Watch, 'family' | 'lastSeen'>[]): ChangedWatchCounts {
  const counts = new Map<string, number>();
  for (const { family, lastSeen } of watches) {
    if (!lastSeen || lastSeen.status === 'unchanged') continue;
    const key = changedWatchKey(family, lastSeen.revision);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

import { describe, expect, it } from 'vitest';
import type { Watch } from '../db/schema';
import type { RevisionText } from '../revisions/revision-text';
import { revisionPair } from '../revisions/test-support';
import { watchOnRev1 } from './test-support';
import { changedWatchCounts, changedWatchKey } from './changed-watch-counts';

// Known ground truth: renumbering, edits, deletions (scripts/fixtures/make-revision-pairs.mts).
const pair = revisionPair('medium-mixed');
const { rev1, rev2 } = pair;
const modified = pair.truth.filter((u) => u.change === 'modified' && u.old.length === 1);
const unchanged = pair.truth.filter((u) => u.change === 'unchanged');
const deleted = pair.truth.find((u) => u.change === 'deleted')!;
// A later revision identical to Rev.2: nothing changes between them.
const rev3: RevisionText = { ...rev2, hash: 'medium-mixed-3', documentId: { ...rev2.documentId, revision: 'rev3' } };

const watchOn = (key: string, overrides: Partial<Watch> = {}) => watchOnRev1(pair, key, overrides);

const REV2 = changedWatchKey('wsis20-outcome', 'rev2');
const REV3 = changedWatchKey('wsis20-outcome', 'rev3');
const wanted = [
  { family: 'wsis20-outcome', revision: 'rev2' },
  { family: 'wsis20-outcome', revision: 'rev3' },
] as const;

describe('changedWatchCounts', () => {
  const watches = [watchOn(modified[0]!.old[0]!), watchOn(modified[1]!.old[0]!), watchOn(deleted.old[0]!), watchOn(unchanged[0]!.old[0]!)];

  it('counts the watched paragraphs modified or deleted between the acknowledged revision and the chip’s', () => {
    expect(changedWatchCounts(watches, [rev1, rev2], wanted).get(REV2)).toBe(3);
  });
  it('keeps counting Rev.2 once a later revision was read (the count is about that revision, not the newest)', () => {
    const counts = changedWatchCounts(watches, [rev1, rev2, rev3], wanted);
    expect(counts.get(REV2)).toBe(3);
    expect(counts.get(REV3)).toBe(3);
  });
  it('counts nothing the reader already marked as seen in that revision', () => {
    const seen = watches.map((watch) => ({ ...watch, acknowledgedRevision: 'rev2' }) as Watch);
    expect(changedWatchCounts(seen, [rev1, rev2, rev3], wanted).get(REV2)).toBe(0);
    expect(changedWatchCounts(seen, [rev1, rev2, rev3], wanted).get(REV3)).toBe(0);
  });
  it('has no count for a revision never read', () => {
    expect(changedWatchCounts(watches, [rev1, rev2], wanted).has(REV3)).toBe(false);
  });
});

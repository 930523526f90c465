import { describe, expect, it } from 'vitest';
import type { Watch } from '../db/schema';
import { changedWatchCounts, changedWatchKey } from './changed-watch-counts';

const watch = (lastSeen: Watch['lastSeen']): Pick<Watch, 'family' | 'lastSeen'> => ({ family: 'wsis20-outcome', lastSeen });

describe('changedWatchCounts', () => {
  it('counts changed and deleted watched paragraphs by the revision they were last seen in', () => {
    const counts = changedWatchCounts([
      watch({ revision: 'rev2', label: '100', status: 'changed' }),
      watch({ revision: 'rev2', label: null, status: 'removed' }),
      watch({ revision: 'rev2', label: '12', status: 'unchanged' }),
      watch({ revision: 'rev3', label: '7', status: 'changed' }),
      watch(null),
    ]);
    expect(counts.get(changedWatchKey('wsis20-outcome', 'rev2'))).toBe(2);
    expect(counts.get(changedWatchKey('wsis20-outcome', 'rev3'))).toBe(1);
    expect(counts.has(changedWatchKey('wsis20-outcome', 'rev1'))).toBe(false);
  });
  it('counts nothing once the reader marked them as seen (their sighting is unchanged again)', () => {
    expect(changedWatchCounts([watch({ revision: 'rev2', label: '100', status: 'unchanged' })]).size).toBe(0);
  });
});

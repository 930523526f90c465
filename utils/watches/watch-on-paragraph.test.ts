import { describe, expect, it } from 'vitest';
import type { Watch } from '../db/schema';
import { revisionPair } from '../revisions/test-support';
import { watchOnParagraph } from './watch-on-paragraph';

const pair = revisionPair('medium-mixed');
const { rev1, rev2 } = pair;
const moved = pair.truth.find((u) => u.change === 'modified' && u.old.length === 1 && u.old[0] !== u.new[0])!;
const oldKey = moved.old[0]!;
const newKey = moved.new[0]!;
const watch: Watch = {
  id: 'w1',
  family: 'wsis20-outcome',
  revision: 'rev1',
  label: oldKey,
  text: rev1.paragraphs.find((p) => p.label === oldKey)!.text,
  note: '',
  createdAt: '2025-11-08T10:00:00.000Z',
  acknowledgedRevision: 'rev1',
  lastSeen: null,
};

describe('watchOnParagraph', () => {
  it('finds the watch on the paragraph where it was made', () => {
    expect(watchOnParagraph([watch], { family: 'wsis20-outcome', revision: 'rev1', key: oldKey }, rev1, [rev1])).toBe(watch);
  });

  it('finds it on the renumbered paragraph of a later revision, not on the old label there', () => {
    const shown = (key: string) => ({ family: 'wsis20-outcome', revision: 'rev2', key }) as const;
    expect(watchOnParagraph([watch], shown(newKey), rev2, [rev1, rev2])).toBe(watch);
    expect(watchOnParagraph([watch], shown(oldKey), rev2, [rev1, rev2])).toBeNull();
  });

  it('without the shown revision’s text, only a watch made there counts', () => {
    expect(watchOnParagraph([watch], { family: 'wsis20-outcome', revision: 'rev2', key: newKey }, null, [rev1])).toBeNull();
  });
});

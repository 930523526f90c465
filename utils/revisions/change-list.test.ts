import { describe, expect, it } from 'vitest';
import { alignRevisions } from './alignment-cache';
import { changeList } from './change-list';
import { revisionPair } from './test-support';

const { rev1: older, rev2: newer, truth } = revisionPair('small-mixed');
const pair = { old: older.paragraphs, new: newer.paragraphs, truth };

describe('changeList', () => {
  const list = changeList(alignRevisions(older, newer), older, newer);

  it('counts each kind of change as the ground truth has them', () => {
    const expected: Record<string, number> = {};
    for (const unit of pair.truth) expected[unit.change] = (expected[unit.change] ?? 0) + 1;
    for (const [kind, count] of Object.entries(expected)) expect(list.counts[kind as keyof typeof list.counts]).toBe(count);
  });

  it('lists every paragraph of both sides once, with a word diff for each changed pair', () => {
    expect(list.entries.flatMap((e) => e.oldKeys).sort()).toEqual(pair.old.map((p) => p.label).sort());
    expect(list.entries.flatMap((e) => e.newKeys).sort()).toEqual(pair.new.map((p) => p.label).sort());
    for (const entry of list.entries.filter((e) => e.change === 'modified')) expect(entry.tokens.some((t) => t.kind !== 'same')).toBe(true);
    const added = list.entries.find((e) => e.change === 'added')!;
    expect(added.tokens).toEqual([{ kind: 'ins', text: pair.new.find((p) => p.label === added.newKeys[0])!.text }]);
    const deleted = list.entries.find((e) => e.change === 'deleted')!;
    expect(deleted.tokens).toEqual([{ kind: 'del', text: pair.old.find((p) => p.label === deleted.oldKeys[0])!.text }]);
  });
});

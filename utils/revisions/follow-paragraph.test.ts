import { describe, expect, it } from 'vitest';
import { createLabelResolver, followParagraph } from './follow-paragraph';
import { revisionPair } from './test-support';

// Renumbering, edits, splits, merges, moves with known ground truth.
const pair = revisionPair('medium-mixed');
const { rev1, rev2, textOf } = pair;

const renumberedAndEdited = pair.truth.find((u) => u.change === 'modified' && u.old[0] !== u.new[0])!;
const deleted = pair.truth.find((u) => u.change === 'deleted')!;

describe('followParagraph', () => {
  it('finds a renumbered, edited paragraph with the whole older revision at hand', () => {
    const key = renumberedAndEdited.old[0]!;
    const change = followParagraph({ revision: 'rev1', key, text: textOf(rev1, key) }, rev2, rev1);
    expect(change).toMatchObject({ change: 'modified', newKeys: renumberedAndEdited.new });
    expect(change!.tokens.some((t) => t.kind !== 'same')).toBe(true);
  });

  it('finds it from the remembered text alone when that revision is gone', () => {
    const key = renumberedAndEdited.old[0]!;
    const change = followParagraph({ revision: 'rev1', key, text: textOf(rev1, key) }, rev2);
    expect(change?.newKeys).toEqual(renumberedAndEdited.new);
    expect(change?.change).toBe('modified');
  });

  it('reports a deleted paragraph as having no counterpart', () => {
    const key = deleted.old[0]!;
    expect(followParagraph({ revision: 'rev1', key, text: textOf(rev1, key) }, rev2, rev1)).toMatchObject({ change: 'deleted', newKeys: [] });
  });

  it('follows back in time: a newer paragraph in an older revision', () => {
    const key = renumberedAndEdited.new[0]!;
    const change = followParagraph({ revision: 'rev2', key, text: textOf(rev2, key) }, rev1, rev2);
    expect(change?.newKeys).toEqual(renumberedAndEdited.old);
  });
});

describe('createLabelResolver', () => {
  it('maps labels of another cached revision into the target, and nothing for unknown revisions', () => {
    const resolve = createLabelResolver(rev2, [rev1]);
    expect(resolve('rev1', renumberedAndEdited.old[0]!)).toBe(renumberedAndEdited.new[0]);
    expect(resolve('rev2', '7')).toBe('7');
    expect(resolve('zero-draft', '7')).toBeNull();
    expect(resolve('rev1', deleted.old[0]!)).toBeNull();
  });
});

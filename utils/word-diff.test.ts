import { describe, expect, it } from 'vitest';
import { textOf, wordDiff } from './word-diff';

const RECALL = 'We request the Secretary-General to make proposals concerning future funding of the Forum.';

describe('wordDiff', () => {
  it('gives one unchanged run for identical text', () => {
    expect(wordDiff(RECALL, RECALL)).toEqual([{ kind: 'same', text: RECALL }]);
  });

  it('shows an insertion as one run between unchanged text', () => {
    const next = RECALL.replace('funding', 'sustainable funding');
    const tokens = wordDiff(RECALL, next);
    expect(tokens.filter((t) => t.kind !== 'same')).toEqual([{ kind: 'ins', text: 'sustainable ' }]);
  });

  it('shows a multi-word replacement as one deletion then one insertion', () => {
    const next = RECALL.replace('make proposals concerning future', 'submit a proposal, during its eightieth session, on the');
    const changes = wordDiff(RECALL, next).filter((t) => t.kind !== 'same');
    expect(changes.map((t) => t.kind)).toEqual(['del', 'ins']);
    expect(changes[0]!.text.trim()).toBe('make proposals concerning future');
    expect(changes[1]!.text.trim()).toBe('submit a proposal, during its eightieth session, on the');
  });

  it('shows a deletion at the end', () => {
    const tokens = wordDiff(`${RECALL} It shall report annually.`, RECALL);
    expect(tokens.at(-1)).toEqual({ kind: 'del', text: ' It shall report annually.' });
  });

  it('handles empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', RECALL)).toEqual([{ kind: 'ins', text: RECALL }]);
    expect(wordDiff(RECALL, '')).toEqual([{ kind: 'del', text: RECALL }]);
  });

  it('rebuilds both texts exactly, spaces included, and never repeats a kind twice in a row', () => {
    const pairs: [string, string][] = [
      [RECALL, RECALL.replace('the Secretary-General', 'the Secretary-General,  as appropriate,').replace('Forum.', 'Forum and its secretariat.')],
      ['Digital  public goods\ninclude open data.', 'Digital public goods include open-source software and open data.'],
      ['a b c d e', 'e d c b a'],
    ];
    for (const [before, after] of pairs) {
      const tokens = wordDiff(before, after);
      expect(textOf(tokens, 'old')).toBe(before);
      expect(textOf(tokens, 'new')).toBe(after);
      tokens.slice(1).forEach((t, i) => expect(t.kind).not.toBe(tokens[i]!.kind));
      expect(tokens.every((t) => t.text.length > 0)).toBe(true);
    }
  });
});

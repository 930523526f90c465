import { describe, expect, it } from 'vitest';
import { buildLines, pageStyle } from './lines';
import { isSubParagraph, letterLabel, numberLabel } from './paragraph-labels';
import { item, page } from './test-pages';

const lineOf = (...items: ReturnType<typeof item>[]) => {
  const p = page(1, items);
  return buildLines(p, pageStyle(p))[0]!;
};

describe('numberLabel', () => {
  it('reads a dotted number and where the text after it starts', () => {
    const label = numberLabel(lineOf(item('12.', 147.1, 500), item('We reaffirm our commitment', 170.9, 500)));
    expect(label).toMatchObject({ label: '12', n: 12, hasDot: true, rest: 'We reaffirm our commitment' });
    expect(label?.textX).toBeCloseTo(170.9, 1);
  });
  it('reads a number and its dot printed as separate runs', () => {
    expect(numberLabel(lineOf(item('28', 72, 500), item('.', 81.2, 500), item('Welcomes all', 108, 500)))?.label).toBe('28');
  });
  it('reads a bare number followed by a tab-like gap ("26 Condemns")', () => {
    expect(numberLabel(lineOf(item('26', 72, 500), item('Condemns all attacks', 108, 500)))).toMatchObject({ label: '26', hasDot: false });
  });
  it('does not take a number in running text for a label', () => {
    expect(numberLabel(lineOf(item('16 December 2025, the Assembly', 123.4, 500)))).toBeNull();
    expect(numberLabel(lineOf(item('26 Delegations replied', 123.4, 500)))).toBeNull(); // word space, not a tab
    expect(numberLabel(lineOf(item('26 of them remain off track', 123.4, 500)))).toBeNull();
    expect(numberLabel(lineOf(item('2030. The Agenda', 123.4, 500)))).toBeNull();
    expect(numberLabel(lineOf(item('70/1. We recall', 123.4, 500)))).toBeNull();
    expect(numberLabel(lineOf(item('3. of them agreed', 123.4, 500)))).toBeNull();
  });
});

describe('letterLabel and sub-paragraphs', () => {
  it('reads a printed letter', () => {
    expect(letterLabel(lineOf(item('A.', 72, 500), item('Recalling the Declaration,', 108, 500)))).toMatchObject({ label: 'A', rest: 'Recalling the Declaration,' });
  });
  it('recognises (a), (iv) as sub-paragraphs', () => {
    expect(isSubParagraph('(a) Expanding broadband;')).toBe(true);
    expect(isSubParagraph('(iv) Data;')).toBe(true);
    expect(isSubParagraph('(see annex) text')).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type AlignmentUnit } from '../align';
import { textOf } from '../word-diff';
import { sectionChanges, sectionPlace, sectionRenameNote, sectionRenameOf, type SectionedText } from './section-changes';

/** A text from [heading, paragraph labels] pairs; labels are numbered through, as in a draft. */
function draft(sections: [string, string[]][], part = 0): SectionedText {
  return {
    paragraphs: sections.flatMap(([heading, labels]) => labels.map((label) => ({ label, part, heading }))),
    headings: sections.map(([text]) => ({ text, part, page: 1 })),
  };
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
/** Units pairing paragraph n of the older text with n of the newer, for the labels given. */
const kept = (labels: string[]): AlignmentUnit[] => labels.map((l) => ({ old: [l], new: [l], change: 'unchanged', similarity: 1 }));
const summary = (text: SectionedText, newer: SectionedText, units: AlignmentUnit[]) =>
  sectionChanges(units, text, newer).entries.map((e) => `${e.change}: ${e.old?.text ?? ''} > ${e.new?.text ?? ''}`);

describe('sectionChanges', () => {
  it('finds nothing when every heading keeps its text, even with paragraphs rewritten, added and deleted', () => {
    const older = draft([['Introduction', range(1, 3)], ['Closing all digital divides', range(4, 8)]]);
    const newer = draft([['Introduction', range(1, 4)], ['Closing all digital divides', range(5, 8)]]);
    const units: AlignmentUnit[] = [
      ...kept(range(1, 3)),
      { old: [], new: ['4'], change: 'added', similarity: 0 },
      { old: ['4'], new: [], change: 'deleted', similarity: 0 },
      ...range(5, 8).map((l): AlignmentUnit => ({ old: [l], new: [l], change: 'modified', similarity: 0.8 })),
    ];
    const changes = sectionChanges(units, older, newer);
    expect(changes.entries).toEqual([]);
    expect(changes.counts).toEqual({ renamed: 0, added: 0, removed: 0 });
  });

  it('finds nothing when a heading differs only by extraction noise: a line-end hyphen, quote style, a footnote marker', () => {
    const older = draft([['Human rights and the ‘information society’', range(1, 2)], ['Follow-up and review', range(3, 4)]]);
    const newer = {
      paragraphs: draft([['Human rights and the \'informa- tion society\'', range(1, 2)], ['Follow-up and review2', range(3, 4)]]).paragraphs,
    };
    expect(sectionChanges(kept(range(1, 4)), older, newer).entries).toEqual([]);
  });

  it('names a renamed heading with the words changed, where its paragraphs went', () => {
    const older = draft([['Introduction', range(1, 3)], ['Bridging digital divides', range(4, 8)], ['The digital economy', range(9, 10)]]);
    const newer = draft([['Introduction', range(1, 3)], ['Closing all digital divides', range(4, 8)], ['The digital economy', range(9, 10)]]);
    const changes = sectionChanges(kept(range(1, 10)), older, newer);
    expect(changes.counts).toEqual({ renamed: 1, added: 0, removed: 0 });
    const [renamed] = changes.entries;
    expect(renamed!.old).toMatchObject({ text: 'Bridging digital divides', keys: range(4, 8) });
    expect(renamed!.new).toMatchObject({ text: 'Closing all digital divides', keys: range(4, 8) });
    expect(renamed!.tokens.filter((t) => t.kind !== 'same').map((t) => t.text.trim())).toEqual(['Bridging', 'Closing all']);
    expect(textOf(renamed!.tokens, 'old')).toBe('Bridging digital divides');
    expect(sectionRenameOf(changes, 'Closing all digital divides')).toBe(renamed);
    expect(sectionRenameOf(changes, 'The digital economy')).toBeNull();
    expect(sectionRenameNote(changes, { heading: 'Closing all digital divides', part: 0 })).toBe(
      'Section renamed: Bridging digital divides → Closing all digital divides',
    );
    expect(sectionRenameNote(changes, { heading: 'Introduction', part: 0 })).toBeNull();
    expect(sectionRenameNote(changes, { heading: null, part: 0 })).toBeNull();
  });

  it('finds the rename of the revision set (Rev.1 → Rev.2) through its ground-truth units and through the aligner', () => {
    const set = JSON.parse(readFileSync('tests/fixtures/revision-set/truth.json', 'utf8')) as {
      old: SectionedText['paragraphs'];
      new: SectionedText['paragraphs'];
      truth: AlignmentUnit[];
    };
    const older = { paragraphs: set.old };
    const newer = { paragraphs: set.new };
    for (const units of [set.truth, alignParagraphs(set.old as never, set.new as never)]) {
      expect(summary(older, newer, units)).toEqual(['renamed: Environmental impacts > Digital technologies and the environment']);
    }
  });

  it('tells an added heading from a renamed one: its paragraphs are new, or come from a section that kept its heading', () => {
    const older = draft([['Introduction', range(1, 6)], ['Data governance', range(7, 8)]]);
    const newer = draft([['Introduction', range(1, 3)], ['Artificial intelligence', range(4, 8)], ['Data governance', range(9, 10)]]);
    const units: AlignmentUnit[] = [
      ...kept(range(1, 6)),
      { old: [], new: ['7'], change: 'added', similarity: 0 },
      { old: [], new: ['8'], change: 'added', similarity: 0 },
      { old: ['7'], new: ['9'], change: 'unchanged', similarity: 1 },
      { old: ['8'], new: ['10'], change: 'unchanged', similarity: 1 },
    ];
    const changes = sectionChanges(units, older, newer);
    expect(changes.entries.map((e) => [e.change, e.new?.text])).toEqual([['added', 'Artificial intelligence']]);
    expect(changes.entries[0]!.tokens).toEqual([{ kind: 'ins', text: 'Artificial intelligence' }]);
  });

  it('lists a removed heading at its old place, whether its paragraphs were deleted or joined the section before', () => {
    const older = draft([['Introduction', range(1, 2)], ['Capacity development', range(3, 4)], ['Financial mechanisms', range(5, 6)], ['Follow-up', range(7, 8)]]);
    const newer = draft([['Introduction', range(1, 4)], ['Follow-up', range(5, 6)]]);
    const units: AlignmentUnit[] = [
      ...kept(range(1, 4)),
      { old: ['5'], new: [], change: 'deleted', similarity: 0 },
      { old: ['6'], new: [], change: 'deleted', similarity: 0 },
      { old: ['7'], new: ['5'], change: 'unchanged', similarity: 1 },
      { old: ['8'], new: ['6'], change: 'unchanged', similarity: 1 },
    ];
    expect(summary(older, newer, units)).toEqual(['removed: Capacity development > ', 'removed: Financial mechanisms > ']);
    expect(sectionChanges(units, older, newer).entries[0]!.tokens).toEqual([{ kind: 'del', text: 'Capacity development' }]);
  });

  it('renames a split section once, into its larger share; the smaller share is an added heading, in the newer order', () => {
    const older = draft([['Introduction', range(1, 2)], ['Digital divides', range(3, 8)], ['Internet governance', range(9, 10)]]);
    const newer = draft([['Introduction', range(1, 2)], ['Affordability', range(3, 4)], ['Closing digital divides', range(5, 8)], ['Internet governance', range(9, 10)]]);
    expect(summary(older, newer, kept(range(1, 10)))).toEqual(['added:  > Affordability', 'renamed: Digital divides > Closing digital divides']);
  });

  it('renames merged sections from the larger one; the other heading is removed, even through merged paragraphs', () => {
    const older = draft([['Data', range(1, 4)], ['Statistics', range(5, 7)], ['Follow-up', ['8']]]);
    const newer = draft([['Data and statistics', range(1, 6)], ['Follow-up', ['7']]]);
    const units: AlignmentUnit[] = [
      ...kept(range(1, 5)),
      { old: ['6', '7'], new: ['6'], change: 'merged', similarity: 0.9 },
      { old: ['8'], new: ['7'], change: 'unchanged', similarity: 1 },
    ];
    expect(summary(older, newer, units)).toEqual(['renamed: Data > Data and statistics', 'removed: Statistics > ']);
  });

  it('does not call a new heading a rename of an old one for a single paragraph moved between them', () => {
    const older = draft([['Introduction', range(1, 2)], ['Monitoring', range(3, 5)], ['Review', range(6, 7)]]);
    const newer = draft([['Introduction', range(1, 2)], ['Review', range(3, 4)], ['Measurement', range(5, 8)]]);
    const units: AlignmentUnit[] = [
      ...kept(range(1, 2)),
      { old: ['3'], new: [], change: 'deleted', similarity: 0 },
      { old: ['4'], new: [], change: 'deleted', similarity: 0 },
      { old: ['6'], new: ['3'], change: 'unchanged', similarity: 1 },
      { old: ['7'], new: ['4'], change: 'unchanged', similarity: 1 },
      { old: ['5'], new: ['5'], change: 'moved', similarity: 1 },
      ...range(6, 8).map((l): AlignmentUnit => ({ old: [], new: [l], change: 'added', similarity: 0 })),
    ];
    expect(summary(older, newer, units)).toEqual(['removed: Monitoring > ', 'added:  > Measurement']);
  });

  it('renames a heading over no paragraph (an annex part over its sub-headings) by its place among headings that correspond', () => {
    const older = draft([['A. Digital inclusion', []], ['Connectivity', range(1, 3)], ['B. Digital trust', []], ['Security', range(4, 5)]], 1);
    const newer = draft([['A. Closing digital divides', []], ['Connectivity', range(1, 3)], ['B. Digital trust', []], ['Safety and security', range(4, 5)]], 1);
    const keys = range(1, 5).map((l) => `A1:${l}`);
    const units = keys.map((k): AlignmentUnit => ({ old: [k], new: [k], change: 'unchanged', similarity: 1 }));
    const changes = sectionChanges(units, older, newer);
    expect(changes.entries.map((e) => `${e.change}: ${e.old?.text} > ${e.new?.text}`)).toEqual([
      'renamed: A. Digital inclusion > A. Closing digital divides',
      'renamed: Security > Safety and security',
    ]);
    expect(changes.entries[0]!.new).toMatchObject({ part: 1, keys: [], page: 1 });
    expect(sectionRenameOf(changes, 'Safety and security', 1)?.old?.text).toBe('Security');
    expect(sectionRenameOf(changes, 'Safety and security', 0)).toBeNull();
  });

  it('follows headings into a renumbered annex without calling them changed; the inserted annex’s headings are new', () => {
    const older = draft([['Annex', []], ['Connectivity', range(1, 3)]], 1);
    const inserted = draft([['Annex I', []], ['Data flows', range(1, 2)]], 1);
    const moved = draft([['Annex II', []], ['Connectivity', range(1, 3)]], 2);
    const newer = { paragraphs: [...inserted.paragraphs, ...moved.paragraphs], headings: [...inserted.headings!, ...moved.headings!] };
    const units = range(1, 3).map((l): AlignmentUnit => ({ old: [`A1:${l}`], new: [`A2:${l}`], change: 'unchanged', similarity: 1 }));
    expect(summary(older, newer, units)).toEqual(['added:  > Annex I', 'added:  > Data flows', 'renamed: Annex > Annex II']);
  });

  it('keeps a heading over no paragraph added when nothing in its place went away', () => {
    const older = draft([['Connectivity', range(1, 3)]]);
    const newer = draft([['I. Digital inclusion', []], ['Connectivity', range(1, 3)]]);
    expect(summary(older, newer, kept(range(1, 3)))).toEqual(['added:  > I. Digital inclusion']);
  });
});

describe('sectionPlace', () => {
  it('places a heading at its paragraphs, an annex heading at its page, a heading over no paragraph at its page', () => {
    expect(sectionPlace({ text: 'Internet governance', part: 0, page: 20, keys: range(96, 110) })).toEqual({ words: '¶¶96–110', para: '96', page: null });
    expect(sectionPlace({ text: 'Introduction', part: 0, page: 2, keys: ['PP7', '1', '2'] })).toEqual({ words: 'from PP7', para: 'PP7', page: null });
    expect(sectionPlace({ text: 'Connectivity', part: 1, page: 30, keys: ['A1:1', 'A1:2'] })).toEqual({ words: 'annex 1 ¶¶1–2', para: null, page: 30 });
    expect(sectionPlace({ text: 'A. Digital inclusion', part: 1, page: 29, keys: [] })).toEqual({ words: 'p. 29', para: null, page: 29 });
    expect(sectionPlace({ text: 'A. Digital inclusion', part: 1, page: null, keys: [] })).toBeNull();
  });
});

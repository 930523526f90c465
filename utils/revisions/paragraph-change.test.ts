import { describe, expect, it } from 'vitest';
import { alignRevisions } from './alignment-cache';
import { changeHeadline, paragraphChange } from './paragraph-change';
import { paragraphRef } from './paragraph-ref';
import type { RevisionText } from './revision-text';

const doc = { family: 'wsis20-outcome', variant: 'clean', symbol: null, date: null, title: null } as const;
const para = (label: string, text: string) => ({ label, text, part: 0, kind: 'operative' as const, heading: null });

const IGF = 'Decide to make the Internet Governance Forum a permanent forum of the United Nations, with a secretariat';
const FUNDING = 'Request the Secretary-General to submit proposals on sustainable funding of the Forum through voluntary contributions';
const SKILLS = 'Encourage all stakeholders to develop digital skills and literacy for women and girls, youth and older persons';
const WASTE = 'Note the environmental impact of digital technologies across their life cycle, including electronic waste management';
const NEW = 'Welcome the establishment of an independent international scientific panel on artificial intelligence and a dialogue';

const rev1: RevisionText = {
  hash: 'r1',
  url: 'https://example.un.org/rev1.pdf',
  documentId: { ...doc, revision: 'rev1' },
  paragraphs: [para('1', SKILLS), para('2', WASTE), para('3', IGF), para('4', FUNDING)],
};
const rev2: RevisionText = {
  hash: 'r2',
  url: 'https://example.un.org/rev2.pdf',
  documentId: { ...doc, revision: 'rev2' },
  paragraphs: [para('1', SKILLS), para('2', NEW), para('3', WASTE), para('4', IGF.replace('permanent forum', 'permanent body')), para('5', FUNDING)],
};

describe('paragraphChange', () => {
  const units = alignRevisions(rev1, rev2);

  it('follows a renumbered, edited paragraph and diffs its words', () => {
    const change = paragraphChange(units, rev1, rev2, 'new', '4')!;
    expect(change).toMatchObject({ change: 'modified', oldKeys: ['3'], newKeys: ['4'] });
    expect(change.tokens.filter((t) => t.kind === 'del').map((t) => t.text.trim())).toEqual(['forum']);
    expect(change.tokens.filter((t) => t.kind === 'ins').map((t) => t.text.trim())).toEqual(['body']);
    expect(changeHeadline(change, 'Rev.1', 'Rev.2')).toBe('Changed since Rev.1 (was ¶3)');
  });

  it('says what is new, renumbered but unchanged, and where an old paragraph went', () => {
    expect(changeHeadline(paragraphChange(units, rev1, rev2, 'new', '2')!, 'Rev.1', 'Rev.2')).toBe('New in Rev.2');
    const same = paragraphChange(units, rev1, rev2, 'new', '5')!;
    expect(same.tokens).toEqual([]);
    expect(changeHeadline(same, 'Rev.1', 'Rev.2')).toBe('Unchanged since Rev.1 (was ¶4)');
    expect(paragraphChange(units, rev1, rev2, 'old', '3')).toMatchObject({ newKeys: ['4'], change: 'modified' });
  });

  it('returns null for a key the revision does not have', () => {
    expect(paragraphChange(units, rev1, rev2, 'new', '99')).toBeNull();
  });
});

describe('paragraphRef', () => {
  it('names one paragraph, a run, a list and annex paragraphs', () => {
    expect(paragraphRef(['98'])).toBe('¶98');
    expect(paragraphRef(['97', '98'])).toBe('¶¶97–98');
    expect(paragraphRef(['12', '15'])).toBe('¶¶12, 15');
    expect(paragraphRef(['A1:3'])).toBe('annex 1 ¶3');
    expect(paragraphRef(['PP4'])).toBe('PP4');
  });
});

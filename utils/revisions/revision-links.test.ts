import { describe, expect, it } from 'vitest';
import { revisionLinks, type RevisionLinkInput } from './revision-links';
import type { RevisionText } from './revision-text';

const doc = { family: 'wsis20-outcome', variant: 'clean', symbol: null, date: null, title: null } as const;
const IGF = 'Decide that the Internet Governance Forum shall be made a permanent forum of the United Nations with a secretariat';
const final: RevisionText = {
  hash: 'f',
  url: 'https://docs.un.org/en/A/RES/80/173',
  documentId: { ...doc, revision: 'final', symbol: 'A/RES/80/173' },
  paragraphs: [
    { label: '98', text: 'Encourage all stakeholders to develop digital skills and literacy for all people', part: 0, kind: 'operative', heading: null },
    { label: '99', text: IGF, part: 0, kind: 'operative', heading: null },
  ],
};
const input = (changes: Partial<RevisionLinkInput> = {}): RevisionLinkInput => ({
  documentId: { ...doc, revision: 'rev2' },
  key: '98',
  text: IGF.replace('shall be made', 'should become'),
  viewerPage: 'chrome-extension://x/viewer.html',
  learnedUrls: {},
  revisions: [],
  ...changes,
});

describe('revisionLinks', () => {
  it('links the tracked-changes version of a clean revision, at the same number', () => {
    const [tracked] = revisionLinks(input());
    expect(tracked).toMatchObject({ kind: 'tracked', text: 'Tracked changes ¶98' });
  });

  it('links the final text at the aligned paragraph once the final text is at hand', () => {
    const links = revisionLinks(input({ revisions: [final] }));
    expect(links.find((link) => link.kind === 'final')).toMatchObject({ text: 'Final text (A/RES/80/173) ¶99' });
    expect(new URL(links.find((link) => link.kind === 'final')!.href).hash).toBe('#para=99');
  });

  it('offers nothing for a document outside a known family, and no tracked link where none exists', () => {
    expect(revisionLinks(input({ documentId: null }))).toEqual([]);
    expect(revisionLinks(input({ documentId: { ...doc, revision: 'L.41' } })).map((link) => link.kind)).toEqual([]);
  });

  it('links a translation’s English version at the same number, for any UN document', () => {
    const english = 'https://docs.un.org/en/A/80/L.41';
    const [first] = revisionLinks(input({ documentId: { ...doc, revision: 'L.41' }, english }));
    expect(first).toMatchObject({ kind: 'english', text: 'English version ¶98' });
    const address = new URL(first!.href);
    expect(address.searchParams.get('file')).toBe(english);
    expect(address.hash).toBe('#para=98');
    expect(revisionLinks(input({ documentId: null, english })).map((link) => link.kind)).toEqual(['english']);
  });

  it('finds no final-text paragraph without an English text to follow', () => {
    const links = revisionLinks(input({ revisions: [final], text: null }));
    expect(links.map((link) => link.kind)).toEqual(['tracked']);
  });
});

import { describe, expect, it } from 'vitest';
import type { CardData } from '@/components/card/card-data';
import type { RevisionText } from '@/utils/revisions/revision-text';
import { positionTarget, targetResolver } from './position-target';

const doc = { family: 'wsis20-outcome', variant: 'clean', symbol: 'A/80/L.41', date: null, title: null } as const;
const p = (label: string, text: string) => ({ label, text, part: 0, kind: 'operative' as const, heading: null });
const FORUM = 'Decide that the Internet Governance Forum shall be made a permanent forum of the United Nations with a secretariat';
const rev2: RevisionText = { hash: 'r2', url: 'https://x/rev2.pdf', documentId: { ...doc, revision: 'rev2', symbol: null }, paragraphs: [p('98', FORUM)] };
const l41: RevisionText = { hash: 'en', url: 'https://docs.un.org/en/A/80/L.41', documentId: { ...doc, revision: 'L.41' }, paragraphs: [p('97', 'A new paragraph on data governance and its principles'), p('99', FORUM)] };
const french: RevisionText = {
  hash: 'fr',
  url: 'https://docs.un.org/fr/A/80/L.41',
  documentId: { ...doc, revision: 'L.41' },
  paragraphs: [p('97', 'Un nouveau paragraphe sur la gouvernance des données'), p('99', 'Décide que le Forum sur la gouvernance d’Internet deviendra un forum permanent')],
};
const data = (text: RevisionText, language: CardData['document']['language'], revisions: RevisionText[]): Pick<CardData, 'document' | 'revisions'> => ({
  document: { url: text.url, documentId: text.documentId, documentName: 'WSIS+20 outcome document', revisionName: 'A/80/L.41', text, language },
  revisions,
});

describe('positionTarget of a translation', () => {
  it('follows positions on other revisions through the English text of its revision, never its own', () => {
    const target = positionTarget(data(french, 'fr', [rev2, l41]));
    expect(target?.text).toBe(l41);
    // A position said about Rev.2 ¶98 lands on ¶99 of the French L.41, as on the English one.
    expect(targetResolver(target, [rev2, l41])?.('rev2', '98')).toBe('99');
  });

  it('has no text to follow by while the English text is not at hand (positions on this revision still show)', () => {
    const target = positionTarget(data(french, 'fr', [rev2]));
    expect(target).toMatchObject({ family: 'wsis20-outcome', revision: 'L.41', text: null });
  });

  it('uses an English or unknown-language document’s own text', () => {
    expect(positionTarget(data(l41, 'en', [rev2]))?.text).toBe(l41);
    expect(positionTarget(data(l41, null, [rev2]))?.text).toBe(l41);
  });
});

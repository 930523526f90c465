import { describe, expect, it } from 'vitest';
import { isFromCard, isToCard } from './card-messages';

const show = {
  type: 'show',
  pageUrl: 'https://publicadministration.desa.un.org/wsis20/outcome-document-text',
  pageTitle: 'WSIS+20 outcome document, Rev.2',
  documentId: { family: 'wsis20-outcome', revision: 'rev2', variant: 'page', symbol: null, date: '2025-12-03', title: null },
  paragraph: { label: '98', kind: 'operative', heading: 'Internet governance', text: 'We recognize …', part: 0 },
  hasPrevious: true,
  hasNext: false,
  focus: true,
};

describe('messages to the card frame', () => {
  it('takes a paragraph to show, with or without the document, and hide', () => {
    expect(isToCard(show)).toBe(true);
    expect(isToCard({ ...show, documentId: null })).toBe(true);
    expect(isToCard({ type: 'hide' })).toBe(true);
  });
  it('refuses anything off shape: other addresses, odd documents, labels or kinds', () => {
    expect(isToCard({ ...show, pageUrl: 'javascript:alert(1)' })).toBe(false);
    expect(isToCard({ ...show, documentId: { ...show.documentId, family: 'other' } })).toBe(false);
    expect(isToCard({ ...show, documentId: { ...show.documentId, title: 3 } })).toBe(false);
    expect(isToCard({ ...show, paragraph: { ...show.paragraph, label: '' } })).toBe(false);
    expect(isToCard({ ...show, paragraph: { ...show.paragraph, kind: 'footnote' } })).toBe(false);
    expect(isToCard({ ...show, paragraph: { ...show.paragraph, part: -1 } })).toBe(false);
    expect(isToCard({ ...show, focus: 'yes' })).toBe(false);
    expect(isToCard(null)).toBe(false);
    expect(isToCard('show')).toBe(false);
  });
});

describe('messages from the card frame', () => {
  it('takes close, previous, next and a height', () => {
    for (const type of ['close', 'previous', 'next']) expect(isFromCard({ type })).toBe(true);
    expect(isFromCard({ type: 'height', height: 420 })).toBe(true);
  });
  it('refuses unknown types and impossible heights', () => {
    expect(isFromCard({ type: 'navigate', url: 'https://example.org' })).toBe(false);
    expect(isFromCard({ type: 'height', height: -1 })).toBe(false);
    expect(isFromCard({ type: 'height', height: '400' })).toBe(false);
    expect(isFromCard(undefined)).toBe(false);
  });
});

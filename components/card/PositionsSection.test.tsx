// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { RevisionText } from '@/utils/revisions/revision-text';
import { NO_COMPARISON, type CardData, type CardParagraph } from './card-data';
import { PositionsSection } from './PositionsSection';

const doc = { family: 'wsis20-outcome', variant: 'clean', symbol: null, date: null, title: null } as const;
const p = (label: string, text: string) => ({ label, text, part: 0, kind: 'operative' as const, heading: null });
const IGF = 'We decide that the Internet Governance Forum shall be made a permanent forum of the United Nations with a secretariat';
const FUNDING = 'We request the Secretary-General to submit proposals on sustainable funding of the Forum during the eightieth session';
const rev1: RevisionText = {
  hash: 'r1',
  url: 'https://publicadministration.desa.un.org/rev1.pdf',
  documentId: { ...doc, revision: 'rev1' },
  paragraphs: [p('96', IGF.replace('shall be made', 'should become')), p('97', 'Digital skills and literacy for everyone everywhere'), p('101', FUNDING.replace('during', 'at'))],
};
const rev2: RevisionText = {
  hash: 'r2',
  url: 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf',
  documentId: { ...doc, revision: 'rev2' },
  paragraphs: [p('97', 'Digital skills and literacy for everyone everywhere'), p('98', IGF), p('101', FUNDING)],
};
const data = (text: RevisionText): CardData => ({
  document: { url: text.url, documentId: text.documentId, documentName: 'WSIS+20 outcome document', revisionName: null, text },
  comparison: NO_COMPARISON,
  revisions: [rev1, rev2],
  learnedUrls: {},
  viewerPage: 'chrome-extension://x/viewer.html',
});
const para = (text: RevisionText, key: string): CardParagraph => ({ ...text.paragraphs.find((q) => q.label === key)!, key, page: 1 });

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

function show(text: RevisionText, key: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(<PositionsSection paragraph={para(text, key)} data={data(text)} />, host);
  return host;
}

describe('PositionsSection', () => {
  it('shows the TCCM positions on Rev.2 ¶101, with the Rev.1 ¶101 input said about the aligned paragraph', async () => {
    const host = show(rev2, '101');
    await settle();
    const heading = host.querySelector('h3')?.textContent ?? '';
    expect(Number(/\((\d+)\)/.exec(heading)?.[1])).toBe(host.querySelectorAll('[data-wsis-position]').length);
    const rev1Input = host.querySelector('[data-wsis-position="pos-001"]');
    expect(rev1Input?.querySelector('[data-wsis-via]')?.textContent).toBe('said about Rev.1 ¶101');
    expect(host.querySelector('[data-wsis-position="seed-tccm-rev2-funding-timeline"] [data-wsis-inferred]')).not.toBeNull();
    const dates = [...host.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('a position the reader adds on Rev.1 ¶96 shows on the aligned Rev.2 ¶98, and can be deleted', async () => {
    const card = show(rev1, '96');
    await settle();
    await act(() => card.querySelector<HTMLButtonElement>('[data-wsis-add-position]')!.click());
    const fill = (name: string, value: string) =>
      act(() => {
        const input = card.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await fill('stakeholder', 'My delegation');
    await fill('summary', 'Make the IGF permanent');
    await fill('sourceUrl', 'javascript:alert(1)');
    await act(() => card.querySelector<HTMLButtonElement>('[data-wsis-save-position]')!.click());
    expect(card.querySelector('[data-wsis-form-errors]')?.textContent).toContain('source URL: must be an http(s) URL');
    await fill('sourceUrl', 'https://example.org/our-note');
    await act(() => card.querySelector<HTMLButtonElement>('[data-wsis-save-position]')!.click());
    await settle();
    expect(card.querySelector('[data-wsis-origin="own"] [data-wsis-summary]')?.textContent).toBe('Make the IGF permanent');

    const rev2Card = show(rev2, '98');
    await settle();
    const mine = rev2Card.querySelector('[data-wsis-origin="own"]');
    expect(mine?.querySelector('[data-wsis-via]')?.textContent).toBe('said about Rev.1 ¶96');
    await act(() => mine!.querySelector<HTMLButtonElement>('[data-wsis-delete-position]')!.click());
    await settle();
    expect(rev2Card.querySelector('[data-wsis-origin="own"]')).toBeNull();
    expect(card.querySelector('[data-wsis-origin="own"]')).toBeNull();
  });

  it('filters by stakeholder', async () => {
    const host = show(rev2, '98');
    await settle();
    const filter = host.querySelector<HTMLInputElement>('[data-wsis-positions-filter]')!;
    filter.value = 'ICANN';
    await act(() => {
      filter.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const names = [...host.querySelectorAll('[data-wsis-stakeholder]')].map((n) => n.textContent ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.includes('ICANN'))).toBe(true);
  });
});

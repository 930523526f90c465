import { describe, expect, it } from 'vitest';
import { documentChipFor, documentChipView, shortDate } from './document-chip';

const FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';

describe('documentChipFor', () => {
  it('names a Rev2 clean link and offers the catalog tracked file', () => {
    const href = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
    expect(documentChipFor(href)).toEqual({
      revision: 'rev2',
      name: 'Rev.2',
      variant: 'clean',
      dateLabel: '3 Dec 2025',
      clean: href,
      tracked: `${FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`,
      // Rev.1 has no known file: the nearest earlier one that has is the Zero Draft.
      previous: { name: 'Zero Draft', clean: `${FILES}/WSIS%2B20_ZERO_DRAFT.pdf` },
      watchesChanged: 0,
    });
  });
  it('compares with Rev.1 once its address was learned from a page, and counts the watches changed in Rev.2', () => {
    const rev1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
    const chip = documentChipFor(`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`, {
      learnedUrls: { 'wsis20-outcome/rev1/clean': rev1 },
      changedWatches: new Map([['wsis20-outcome/rev2', 3], ['wsis20-outcome/rev1', 5]]),
    });
    expect(chip).toMatchObject({ previous: { name: 'Rev.1', clean: rev1 }, watchesChanged: 3 });
  });
  it('offers a learned tracked-changes file for a revision the catalog has none for', () => {
    const tracked = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_TrackChanges.pdf`;
    const chip = documentChipFor(`${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`, { learnedUrls: { 'wsis20-outcome/rev1/tracked': tracked } });
    expect(chip?.tracked).toBe(tracked);
  });
  it('keeps the link itself for its own variant (Rev1: not in the catalog)', () => {
    const href = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
    expect(documentChipFor(href)).toMatchObject({ name: 'Rev.1', variant: 'clean', dateLabel: '7 Nov 2025', clean: href, tracked: null });
  });
  it('reads a tracked-changes link', () => {
    const href = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`;
    expect(documentChipFor(href)).toMatchObject({ name: 'Rev.2', variant: 'tracked', tracked: href });
  });
  it('knows the Zero Draft and the tabled draft on docs.un.org', () => {
    expect(documentChipFor(`${FILES}/WSIS%2B20_ZERO_DRAFT.pdf`)).toMatchObject({ name: 'Zero Draft', dateLabel: '29 Aug 2025' });
    expect(documentChipFor('https://docs.un.org/en/A/80/L.41')).toMatchObject({ name: 'A/80/L.41', clean: 'https://docs.un.org/en/A/80/L.41' });
  });
  it('reads a link through undocs.org as the docs.un.org address it redirects to, which the viewer can read', () => {
    expect(documentChipFor('https://undocs.org/A/RES/80/173')).toMatchObject({ revision: 'final', clean: 'https://docs.un.org/en/A/RES/80/173' });
    expect(documentChipFor('https://undocs.org/en/A/70/125')).toBeNull(); // a resolution, but not a WSIS+20 draft
  });
  it('gives nothing for pages, stakeholder inputs, other sites and junk', () => {
    expect(documentChipFor('https://publicadministration.desa.un.org/wsis20/rev2consultation')).toBeNull();
    expect(documentChipFor(`${FILES}/Inputs%20to%20Rev2/TCCM_inputs%20to%20Rev2%20(8%20Dec).pdf`)).toBeNull();
    expect(documentChipFor('https://example.org/WSIS%2B20_ZERO_DRAFT.pdf')).toBeNull();
    expect(documentChipFor('javascript:alert(1)')).toBeNull();
  });
});

describe('documentChipView', () => {
  const VIEWER = 'chrome-extension://id/viewer.html';
  it('links clean, tracked and compare-with-previous into the viewer', () => {
    const href = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`;
    const view = documentChipView(href, VIEWER);
    expect(view).toMatchObject({ variant: 'tracked', title: 'Rev.2, tracked changes', dateLabel: '3 Dec 2025' });
    expect(view?.tracked.href).toBe(`${VIEWER}?file=${encodeURIComponent(href)}`);
    expect(view?.compare.title).toBe('Compare with Zero Draft in WSIS Lens');
    const compare = new URL(view?.compare.href ?? '');
    // The clean Rev.2 against the Zero Draft, whichever variant the link was.
    expect(compare.searchParams.get('file')).toBe(`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`);
    expect(compare.searchParams.get('compare')).toBe(`${FILES}/WSIS%2B20_ZERO_DRAFT.pdf`);
  });
  it('compares the final text with the tabled draft, and the first draft with nothing', () => {
    const final = documentChipView('https://docs.un.org/en/A/RES/80/173', VIEWER);
    expect(final?.compare.title).toBe('Compare with A/80/L.41 in WSIS Lens');
    expect(new URL(final?.compare.href ?? '').searchParams.get('compare')).toBe('https://docs.un.org/en/A/80/L.41');
    const first = documentChipView(`${FILES}/WSIS%2B20_ElementsPaper_20June.pdf`, VIEWER);
    expect(first?.compare).toEqual({ href: null, title: 'No earlier revision to compare with' });
    expect(first?.tracked).toEqual({ href: null, title: 'No tracked-changes version published' });
  });
  it('gives nothing for a link that is not a draft', () => {
    expect(documentChipView('https://publicadministration.desa.un.org/wsis20', VIEWER)).toBeNull();
  });
});

describe('shortDate', () => {
  it('formats ISO dates and refuses others', () => {
    expect(shortDate('2025-12-17')).toBe('17 Dec 2025');
    expect(shortDate(null)).toBeNull();
    expect(shortDate('Dec 2025')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { documentChipFor, shortDate } from './document-chip';

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
    });
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
  it('gives nothing for pages, stakeholder inputs, other sites and junk', () => {
    expect(documentChipFor('https://publicadministration.desa.un.org/wsis20/rev2consultation')).toBeNull();
    expect(documentChipFor(`${FILES}/Inputs%20to%20Rev2/TCCM_inputs%20to%20Rev2%20(8%20Dec).pdf`)).toBeNull();
    expect(documentChipFor('https://example.org/WSIS%2B20_ZERO_DRAFT.pdf')).toBeNull();
    expect(documentChipFor('javascript:alert(1)')).toBeNull();
  });
});

describe('shortDate', () => {
  it('formats ISO dates and refuses others', () => {
    expect(shortDate('2025-12-17')).toBe('17 Dec 2025');
    expect(shortDate(null)).toBeNull();
    expect(shortDate('Dec 2025')).toBeNull();
  });
});

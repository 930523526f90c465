import { describe, expect, it } from 'vitest';
import { cleanUrl, learnedUrlKey, previousRevision, trackedUrl } from './previous-revision';

describe('previousRevision', () => {
  it('takes the nearest earlier revision that is cached', () => {
    expect(previousRevision('wsis20-outcome', 'rev2', ['rev1', 'zero-draft'])).toMatchObject({ revision: 'rev1', name: 'Rev.1', cached: true });
  });

  it('skips a revision with neither a copy nor an address (Rev.1 has no known file)', () => {
    expect(previousRevision('wsis20-outcome', 'rev2', [])).toMatchObject({ revision: 'zero-draft', cached: false });
  });

  it('uses an address learned from a page for a revision the catalog has none for', () => {
    const url = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf';
    const learned = { [learnedUrlKey('wsis20-outcome', 'rev1', 'clean')]: url };
    expect(previousRevision('wsis20-outcome', 'rev2', [], learned)).toEqual({ revision: 'rev1', name: 'Rev.1', url, cached: false });
  });

  it('places an unknown later revision by number and finds nothing before the first', () => {
    expect(previousRevision('wsis20-outcome', 'rev5', ['rev4'])?.revision).toBe('rev4');
    expect(previousRevision('wsis20-outcome', 'elements-paper', ['rev1'])).toBeNull();
  });
});

describe('catalog addresses', () => {
  it('knows Rev.2 clean and tracked, and L.41 clean only', () => {
    expect(cleanUrl('wsis20-outcome', 'rev2')).toMatch(/CleanVersion\.pdf$/);
    expect(trackedUrl('wsis20-outcome', 'rev2')).toMatch(/TrackChanges/);
    expect(trackedUrl('wsis20-outcome', 'L.41')).toBeNull();
  });
});

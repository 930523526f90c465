import { describe, expect, it } from 'vitest';
import { pageFacts, revisionLinksIn } from './page-facts';
import { isPageFacts, isPageFactsRequest, pageFactsRequest } from './page-facts-message';

const DESA = 'https://publicadministration.desa.un.org';
const FILES = `${DESA}/sites/default/files/2021-04/2025`;
const REV1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const VIEWER = 'chrome-extension://id/viewer.html';

describe('pageFacts', () => {
  it('names the page from its address and title, and gives a chip to each draft link only', () => {
    const facts = pageFacts(pageFactsRequest(`${DESA}/wsis20/outcome-document-text`, 'WSIS+20 Outcome Document – Revision 2', [REV1, `${DESA}/wsis20`]), VIEWER);
    expect(facts.label).toBe('WSIS+20 Rev.2 page');
    expect(facts.documentId).toMatchObject({ family: 'wsis20-outcome', revision: 'rev2', variant: 'page' });
    expect(facts.chips).toHaveLength(2);
    expect(facts.chips[0]).toMatchObject({ title: 'Rev.1', dateLabel: '7 Nov 2025' });
    expect(facts.chips[1]).toBeNull();
    expect(isPageFacts(facts, 2)).toBe(true);
    expect(isPageFacts(facts, 3)).toBe(false);
  });
});

describe('revisionLinksIn', () => {
  it('keeps the draft files a page links to, for later comparisons', () => {
    expect(revisionLinksIn([REV1, `${DESA}/wsis20`, 'https://example.org/x.pdf', 'https://undocs.org/A/80/L.41'])).toEqual([
      { family: 'wsis20-outcome', revision: 'rev1', variant: 'clean', url: REV1 },
      // Kept at the address undocs.org redirects to: the one the extension can fetch.
      { family: 'wsis20-outcome', revision: 'L.41', variant: 'clean', url: 'https://docs.un.org/en/A/80/L.41' },
    ]);
  });
});

describe('the page-facts request', () => {
  it('is checked for shape and size', () => {
    const request = pageFactsRequest(`${DESA}/wsis20`, 'WSIS+20', [REV1]);
    expect(isPageFactsRequest(request)).toBe(true);
    expect(isPageFactsRequest({ ...request, links: [42] })).toBe(false);
    expect(isPageFactsRequest({ ...request, links: Array.from({ length: 1001 }, () => REV1) })).toBe(false);
    expect(isPageFactsRequest({ ...request, type: 'wsis-lens/revision-links' })).toBe(false);
    expect(isPageFactsRequest({ ...request, url: 'x'.repeat(5000) })).toBe(false);
  });
});

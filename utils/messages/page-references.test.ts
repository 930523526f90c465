import { describe, expect, it } from 'vitest';
import { MAY_CITE, isPageReferences, isPageReferencesRequest } from './page-references';

const VIEWER = 'chrome-extension://x/viewer.html';

describe('page references messages', () => {
  it('send only text runs that may cite a paragraph', () => {
    for (const text of ['paragraph 98', 'paras 101–102', 'Rev1 para 96', 'PP3', 'OP 12', 'op.93', '¶ 40']) expect(MAY_CITE.test(text), text).toBe(true);
    for (const text of ['the paragraph below', 'Opening 12 sessions', 'pp. 12']) expect(MAY_CITE.test(text), text).toBe(false);
  });

  it('accept a well-formed request and refuse floods', () => {
    const request = { type: 'wsis-lens/page-references', pageUrl: 'https://publicadministration.desa.un.org/wsis20', pageTitle: 'WSIS+20', texts: ['para 9'] };
    expect(isPageReferencesRequest(request)).toBe(true);
    expect(isPageReferencesRequest({ ...request, texts: Array(301).fill('para 9') })).toBe(false);
    expect(isPageReferencesRequest({ ...request, texts: ['x'.repeat(4001)] })).toBe(false);
  });

  it('accept only answers that stay inside the texts sent and link into the viewer', () => {
    const texts = ['see para 9'];
    const good = { text: 0, start: 4, end: 10, name: '¶9 of Rev.2', href: `${VIEWER}?file=x#para=9` };
    expect(isPageReferences({ references: [good] }, texts, VIEWER)).toBe(true);
    expect(isPageReferences({ references: [{ ...good, end: 11 }] }, texts, VIEWER)).toBe(false);
    expect(isPageReferences({ references: [{ ...good, text: 1 }] }, texts, VIEWER)).toBe(false);
    expect(isPageReferences({ references: [{ ...good, href: 'javascript:alert(1)' }] }, texts, VIEWER)).toBe(false);
  });
});

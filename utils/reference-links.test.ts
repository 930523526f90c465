import { describe, expect, it } from 'vitest';
import { addressedRevision, referenceLinks, type ReferenceLinkContext } from './reference-links';
import { parseViewerUrl } from './viewer-url';

const FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const REV1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const REV2 = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
const context = (overrides: Partial<ReferenceLinkContext> = {}): ReferenceLinkContext => ({
  family: 'wsis20-outcome',
  addressed: 'rev2',
  url: `${FILES}/Inputs%20to%20Rev2/Testland_inputs%20to%20Rev2.pdf`,
  text: '',
  viewerPage: 'chrome-extension://x/viewer.html',
  ...overrides,
});
const target = (href: string | null) => {
  if (!href) return null;
  const parsed = parseViewerUrl(href);
  return { file: parsed.file, para: new URL(href).hash };
};

describe('referenceLinks', () => {
  it('links each reference to its first paragraph in the revision the text addresses', () => {
    const text = 'We support paragraph 98 and paras 26 and 27, as well as PP3.';
    const links = referenceLinks(text, context());
    expect(links.map((link) => [link.text, link.name])).toEqual([
      ['paragraph 98', '¶98 of Rev.2'],
      ['paras 26 and 27', '¶¶26–27 of Rev.2'],
      ['PP3', 'PP3 of Rev.2'],
    ]);
    expect(links.map((link) => target(link.href))).toEqual([
      { file: REV2, para: '#para=98' },
      { file: REV2, para: '#para=26' },
      { file: REV2, para: '#para=PP3' },
    ]);
  });

  it('follows a revision named next to the reference, with an address read before when the catalog has none', () => {
    const text = 'Rev1 para 96 was weaker than paragraph 98.';
    const withoutRev1 = referenceLinks(text, context());
    expect(withoutRev1[0]).toMatchObject({ revision: 'rev1', href: null });
    const links = referenceLinks(text, context({ knownUrls: { rev1: REV1 } }));
    expect(target(links[0]!.href)).toEqual({ file: REV1, para: '#para=96' });
    expect(links[1]?.revision).toBe('rev2');
  });

  it('leaves references to other documents alone', () => {
    expect(referenceLinks('paragraph 2 of resolution 70/125 and GDC para 28', context())).toEqual([]);
  });
});

describe('addressedRevision', () => {
  it('takes detection, then the URL or text, then the newest revision with an address', () => {
    expect(addressedRevision(context({ addressed: 'zero-draft' }))).toBe('zero-draft');
    expect(addressedRevision(context({ addressed: null, url: 'https://example.org/input.pdf', text: 'Comments on Revision 1 of the outcome' }))).toBe('rev1');
    expect(addressedRevision(context({ addressed: null, url: 'https://example.org/input.pdf', text: 'Our comments' }))).toBe('final');
  });
});

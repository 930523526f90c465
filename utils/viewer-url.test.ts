import { describe, expect, it } from 'vitest';
import { originalAt, paragraphLink, parseTargetFragment, parseViewerUrl, pdfFetchUrls, viewerUrlFor, compareAddress, parseCompareFile } from './viewer-url';

const VIEWER = 'chrome-extension://abc/viewer.html';
const ODS = 'https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=pdf';

describe('parseViewerUrl', () => {
  it('reads the unencoded address a redirect rule splices in, its own query included', () => {
    expect(parseViewerUrl(`${VIEWER}?file=${ODS}`)).toEqual({ file: ODS, para: null, page: null });
  });
  it('reads an encoded address', () => {
    const desa = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf';
    expect(parseViewerUrl(viewerUrlFor(VIEWER, desa, { para: '98' }))).toEqual({ file: desa, para: '98', page: null });
  });
  it('keeps percent escapes of an unencoded address as they are', () => {
    const desa = 'https://publicadministration.desa.un.org/x/WSIS%2B20_Rev2.pdf';
    expect(parseViewerUrl(`${VIEWER}?file=${desa}#page=4`)).toEqual({ file: desa, para: null, page: 4 });
  });
  it('takes the target from the fragment Chromium carries over, or from one inside the encoded address', () => {
    expect(parseViewerUrl(`${VIEWER}?file=https://docs.un.org/en/A/80/L.41#para=98`).para).toBe('98');
    expect(parseViewerUrl(`${VIEWER}?file=${encodeURIComponent('https://docs.un.org/en/A/80/L.41#para=PP3')}`)).toEqual({
      file: 'https://docs.un.org/en/A/80/L.41',
      para: 'PP3',
      page: null,
    });
  });
  it('refuses what is not an http(s) address', () => {
    expect(parseViewerUrl(`${VIEWER}?file=javascript:alert(1)`).file).toBeNull();
    expect(parseViewerUrl(`${VIEWER}`).file).toBeNull();
    expect(parseViewerUrl(`${VIEWER}?other=1`).file).toBeNull();
    expect(parseViewerUrl('not a url').file).toBeNull();
  });
});

describe('parseTargetFragment', () => {
  it('reads para and page, ignoring junk', () => {
    expect(parseTargetFragment('#para=98')).toEqual({ para: '98', page: null });
    expect(parseTargetFragment('#para=pp3')).toEqual({ para: 'PP3', page: null });
    expect(parseTargetFragment('#para=12%20bis')).toEqual({ para: '12bis', page: null });
    expect(parseTargetFragment('#para=12quater')).toEqual({ para: '12quater', page: null });
    expect(parseTargetFragment('#para=1quat')).toEqual({ para: '1quat', page: null });
    expect(parseTargetFragment('#page=3&zoom=100')).toEqual({ para: null, page: 3 });
    expect(parseTargetFragment('#para=<img>&page=0')).toEqual({ para: null, page: null });
    expect(parseTargetFragment('')).toEqual({ para: null, page: null });
  });
});

describe('links', () => {
  it('a paragraph link is the original address with #para', () => {
    expect(paragraphLink(`${ODS}#page=2`, '98')).toBe(`${ODS}#para=98`);
    expect(parseViewerUrl(`${VIEWER}?file=${paragraphLink(ODS, 'PP3')}`)).toEqual({ file: ODS, para: 'PP3', page: null });
  });
  it('the original at a page uses the PDF open parameter', () => {
    expect(originalAt(ODS, 5)).toBe(`${ODS}#page=5`);
    expect(originalAt(ODS, 1)).toBe(ODS);
  });
  it('docs.un.org symbol addresses fall back to ?direct=true', () => {
    expect(pdfFetchUrls('https://docs.un.org/en/A/80/L.41')).toEqual([
      'https://docs.un.org/en/A/80/L.41',
      'https://docs.un.org/en/A/80/L.41?direct=true',
    ]);
    expect(pdfFetchUrls('https://docs.un.org/en/a/res/80/173?direct=true')).toHaveLength(1);
    expect(pdfFetchUrls(ODS)).toEqual([ODS]);
  });
});

describe('compare addresses', () => {
  const older = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf';
  const newer = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf';
  it('round-trips both files, the newer one read as the viewer file', () => {
    const href = compareAddress('chrome-extension://x/viewer.html', older, newer);
    expect(parseCompareFile(href)).toBe(older);
    expect(parseViewerUrl(href).file).toBe(newer);
  });
  it('is not a compare address without compare=, or with a non-web address', () => {
    expect(parseCompareFile(`chrome-extension://x/viewer.html?file=${encodeURIComponent(newer)}`)).toBeNull();
    expect(parseCompareFile(`chrome-extension://x/viewer.html?compare=javascript%3Aalert(1)&file=${encodeURIComponent(newer)}`)).toBeNull();
  });
});

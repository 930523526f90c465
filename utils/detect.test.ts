import { describe, expect, it } from 'vitest';
import { detectDocument, isUnHost, isUnPdfUrl, isWsisPage, isWsisPdfUrl, normalizeSymbol, throughUndocs } from './detect';

const DESA = 'https://publicadministration.desa.un.org';
const FILES = `${DESA}/sites/default/files/2021-04/2025`;

const L41_FIRST_PAGE = `United Nations A/80/L.41 General Assembly Distr.: Limited 16 December 2025 Original: English
Eightieth session Agenda item 15 Information and communications technologies for sustainable development
Draft resolution submitted by the President of the General Assembly
Outcome document of the high-level meeting of the General Assembly on the overall review of the
implementation of the outcomes of the World Summit on the Information Society
The General Assembly, Adopts the following outcome document:`;

const FINAL_FIRST_PAGE = `United Nations A/RES/80/173 General Assembly Distr.: General 19 December 2025
Eightieth session Agenda item 15 Resolution adopted by the General Assembly on 17 December 2025
[without reference to a Main Committee (A/80/L.41)]
80/173. Outcome document of the high-level meeting of the General Assembly on the overall review of the
implementation of the outcomes of the World Summit on the Information Society`;

const PACT_FIRST_PAGE = `United Nations A/RES/79/1 General Assembly Distr.: General 25 September 2024
Seventy-ninth session Agenda items 13 and 117 Resolution adopted by the General Assembly on 22 September 2024
[without reference to a Main Committee (A/79/L.2)] 79/1. The Pact for the Future The General Assembly,
Adopts the following Pact for the Future, which includes a Global Digital Compact:`;

describe('detectDocument: DESA files', () => {
  it('reads the Elements Paper', () => {
    expect(detectDocument({ url: `${FILES}/WSIS%2B20_ElementsPaper_20June.pdf` })).toEqual({
      family: 'wsis20-outcome',
      revision: 'elements-paper',
      variant: 'clean',
      symbol: null,
      date: '2025-06-20',
      title: 'Elements Paper',
    });
  });

  it('reads the Zero Draft in capitals', () => {
    expect(detectDocument({ url: `${FILES}/WSIS%2B20_ZERO_DRAFT.pdf` })).toMatchObject({
      family: 'wsis20-outcome',
      revision: 'zero-draft',
      variant: 'clean',
      date: '2025-08-29',
      title: 'Zero Draft',
    });
  });

  it('reads Rev2 clean and tracked, with the date from the catalog', () => {
    expect(detectDocument({ url: `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf` })).toMatchObject({
      family: 'wsis20-outcome',
      revision: 'rev2',
      variant: 'clean',
      date: '2025-12-03',
      title: 'Rev.2',
    });
    expect(detectDocument({ url: `${FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf` })).toMatchObject({
      revision: 'rev2',
      variant: 'tracked',
    });
  });

  it('accepts a literal +, spaces and odd case', () => {
    const forms = [
      `${FILES}/Rev2/WSIS+20_Rev2_031225_CleanVersion.pdf`,
      `${FILES}/rev2/wsis%2b20_rev2_031225_cleanversion.PDF`,
      `${FILES}/Rev2/WSIS%20%2B20%20Rev2%20031225%20Clean%20Version.pdf`,
    ];
    for (const url of forms) {
      expect(detectDocument({ url }), url).toMatchObject({ family: 'wsis20-outcome', revision: 'rev2', variant: 'clean' });
    }
  });

  it('takes an unknown later revision and its date from the file name', () => {
    expect(detectDocument({ url: `${FILES}/Rev5/WSIS%2B20_Rev5_201225_TrackChanges.pdf` })).toMatchObject({
      family: 'wsis20-outcome',
      revision: 'rev5',
      variant: 'tracked',
      date: '2025-12-20',
      title: 'Rev.5',
    });
  });

  it('prefers a file-name date over an approximate catalog date', () => {
    expect(detectDocument({ url: `${FILES}/Rev3/WSIS%2B20_Rev3_111225_CleanVersion.pdf` }).date).toBe('2025-12-11');
    expect(detectDocument({ url: `${FILES}/Rev3/WSIS%2B20_Rev3_CleanVersion.pdf` }).date).toBe('2025-12-12');
  });

  it('reads a stakeholder input as addressing its revision', () => {
    expect(detectDocument({ url: `${FILES}/Inputs%20to%20Rev2/TCCM_inputs%20to%20Rev2%20(8%20Dec).pdf` })).toEqual({
      family: 'wsis20-outcome',
      revision: 'rev2',
      variant: 'stakeholder-input',
      symbol: null,
      date: '2025-12-03',
      title: null,
    });
    expect(detectDocument({ url: `${FILES}/Inputs+to+Zero+Draft/ISOC_input.pdf` })).toMatchObject({
      revision: 'zero-draft',
      variant: 'stakeholder-input',
    });
    const elsewhere = `${DESA}/sites/default/files/2021-04/2023/Inputs%20to%20Rev1/Some_inputs%20to%20Rev1.pdf`;
    expect(detectDocument({ url: elsewhere }).family).toBeNull();
  });

  it('does not take a WSIS+20 file that is not a draft for one', () => {
    const programme = `${FILES}/WSIS%20Side%20Events/WSIS%2B20%20Side%20Events%20Programme%20(4).pdf`;
    expect(detectDocument({ url: programme }).family).toBeNull();
  });
});

describe('detectDocument: DESA pages', () => {
  it('reads the WSIS+20 section as pages of the outcome document process', () => {
    expect(detectDocument({ url: `${DESA}/wsis20` })).toMatchObject({ family: 'wsis20-outcome', revision: null, variant: 'page' });
    expect(detectDocument({ url: `${DESA}/wsis20/GA%20High-Level-Meeting` })).toMatchObject({ variant: 'page', revision: null });
    expect(detectDocument({ url: `${DESA}/wsis20/rev2consultation` })).toMatchObject({ variant: 'page', revision: 'rev2' });
    expect(
      detectDocument({ url: `${DESA}/wsis20/Documents/WSIS%20%2B20%20Reviews%20by%20the%20United%20Nations%20System` }),
    ).toMatchObject({ family: 'wsis20-outcome', revision: null, variant: 'page' });
  });

  it('leaves a DESA page about something else alone', () => {
    const id = detectDocument({
      url: `${DESA}/unpsa`,
      text: 'United Nations Public Service Awards. The UNPSA rewards the creative achievements of public institutions.',
    });
    expect(id).toEqual({ family: null, revision: null, variant: null, symbol: null, date: null, title: null });
  });
});

describe('detectDocument: UN document system', () => {
  it.each([
    ['https://docs.un.org/en/A/RES/80/173', 'final', 'A/RES/80/173'],
    ['https://docs.un.org/en/a/res/80/173?direct=true', 'final', 'A/RES/80/173'],
    ['https://docs.un.org/en/A/80/L.41', 'L.41', 'A/80/L.41'],
    ['https://docs.un.org/A/80/l.41', 'L.41', 'A/80/L.41'],
    ['https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=pdf', 'final', 'A/RES/80/173'],
    ['https://documents.un.org/api/symbol/access?s=A%2FRES%2F80%2F173&l=en&t=pdf', 'final', 'A/RES/80/173'],
    ['https://undocs.org/A/RES/80/173', 'final', 'A/RES/80/173'],
    ['https://undocs.org/en/A/80/L.41', 'L.41', 'A/80/L.41'],
    ['https://digitallibrary.un.org/record/1/files/A_RES_80_173-EN.pdf', 'final', 'A/RES/80/173'],
    ['file:///home/me/Downloads/A_80_L.41.pdf', 'L.41', 'A/80/L.41'],
  ])('%s', (url, revision, symbol) => {
    const id = detectDocument({ url });
    expect(id).toMatchObject({ family: 'wsis20-outcome', revision, variant: 'clean', symbol });
  });

  it('dates and names the final text from the catalog', () => {
    expect(detectDocument({ url: 'https://docs.un.org/en/A/RES/80/173' })).toMatchObject({
      date: '2025-12-17',
      title: 'A/RES/80/173',
    });
  });

  it('reports the symbol of another UN document with no family', () => {
    expect(detectDocument({ url: 'https://docs.un.org/en/A/RES/79/1' })).toEqual({
      family: null,
      revision: null,
      variant: null,
      symbol: 'A/RES/79/1',
      date: null,
      title: null,
    });
    expect(detectDocument({ url: 'https://docs.un.org/en/A/RES/79/1', text: PACT_FIRST_PAGE })).toMatchObject({
      family: null,
      symbol: 'A/RES/79/1',
      date: '2024-09-25',
      title: 'The Pact for the Future',
    });
    expect(detectDocument({ url: 'https://documents.un.org/api/symbol/access?s=a/c.2/80/l.3/rev.1&l=en&t=pdf' })).toMatchObject({
      family: null,
      symbol: 'A/C.2/80/L.3/Rev.1',
    });
  });

  it('names a Security Council resolution with its year, from the address or from its masthead', () => {
    const masthead = 'United Nations S /RES/2719 (2023) Security Council Distr.: General 21 December 2023 Resolution 2719 (2023) Adopted by the Security Council at its 9518th meeting';
    expect(detectDocument({ url: 'https://docs.un.org/en/S/RES/2719(2023)' })).toMatchObject({ family: null, symbol: 'S/RES/2719 (2023)' });
    expect(detectDocument({ url: 'https://example.org/x.pdf', text: masthead })).toMatchObject({ family: null, symbol: 'S/RES/2719 (2023)', date: '2023-12-21' });
    expect(detectDocument({ url: 'https://example.org/S_RES_2719(2023)-EN.pdf' })).toMatchObject({ symbol: 'S/RES/2719 (2023)' });
  });

  it('does not let WSIS words in another resolution claim it', () => {
    const modalities =
      'United Nations A/RES/79/277 General Assembly Modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society';
    expect(detectDocument({ url: 'https://docs.un.org/en/A/RES/79/277', text: modalities })).toMatchObject({
      family: null,
      symbol: 'A/RES/79/277',
    });
    expect(detectDocument({ url: 'https://example.org/x.pdf', text: modalities })).toMatchObject({
      family: null,
      symbol: 'A/RES/79/277',
    });
  });

  it('names a later revision of the tabled draft by its symbol', () => {
    expect(detectDocument({ url: 'https://docs.un.org/en/A/80/L.41/Rev.1' })).toMatchObject({
      family: 'wsis20-outcome',
      revision: 'A/80/L.41/Rev.1',
      symbol: 'A/80/L.41/Rev.1',
    });
  });
});

describe('detectDocument: by content at an unknown URL', () => {
  const unknown = 'https://example.org/download?id=123';

  it('reads A/80/L.41 from its first page', () => {
    expect(detectDocument({ url: unknown, text: L41_FIRST_PAGE })).toEqual({
      family: 'wsis20-outcome',
      revision: 'L.41',
      variant: 'clean',
      symbol: 'A/80/L.41',
      date: '2025-12-16',
      title:
        'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
    });
  });

  it('reads the real first page of A/80/L.41 as pdf.js gives it (split symbol, title in running text first)', () => {
    // The first 600 characters of shared/fixtures/un/A_80_L.41.pdf, page 1, text items joined by spaces.
    const text =
      'United Nations   A /80/L.41  General Assembly   Distr.: Limited  16 December 2025  Original: English  25-20327 (E)   161225  *2520327*  ' +
      'Eightieth session  Agenda item 15  Information and communications technologies for sustainable development  ' +
      'Draft resolution submitted by the President of the General Assembly  The General Assembly  Adopts   the following outcome document of the ' +
      'high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the ' +
      'Information Society at its eightieth session:  Outcome document of the high-level meeting of the General   Assembly on the overall ' +
      'review of the implementation of the outcomes of the World Summit on the Information Society';
    expect(detectDocument({ url: 'file:///tmp/download.pdf', text })).toEqual({
      family: 'wsis20-outcome',
      revision: 'L.41',
      variant: 'clean',
      symbol: 'A/80/L.41',
      date: '2025-12-16',
      title:
        'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
    });
  });

  it('reads A/80/L.41 from its title block without the masthead (as the PDF reader gives it)', () => {
    const titleBlock =
      'Eightieth session Agenda item 15 Information and communications technologies for sustainable development Draft resolution submitted by the President of the General Assembly The General Assembly Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society at its eightieth session: Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society';
    expect(detectDocument({ url: 'file:///tmp/download.pdf', text: titleBlock })).toMatchObject({
      family: 'wsis20-outcome',
      revision: 'L.41',
      symbol: 'A/80/L.41',
      date: '2025-12-16',
    });
  });

  it('reads the final resolution, not the draft it cites', () => {
    expect(detectDocument({ url: unknown, text: FINAL_FIRST_PAGE })).toMatchObject({ revision: 'final', symbol: 'A/RES/80/173' });
    const withoutMasthead = FINAL_FIRST_PAGE.replace('United Nations A/RES/80/173', 'United Nations');
    expect(detectDocument({ url: unknown, text: withoutMasthead })).toMatchObject({ revision: 'final', symbol: 'A/RES/80/173' });
  });

  it('reads a zero draft, a revision and a tracked revision', () => {
    expect(detectDocument({ url: unknown, text: 'WSIS+20 Outcome Document Zero draft 29 August 2025 Introduction' })).toMatchObject({
      family: 'wsis20-outcome',
      revision: 'zero-draft',
      variant: 'clean',
    });
    expect(detectDocument({ url: unknown, text: 'WSIS+20 outcome document Revision 2 (3 December 2025)' })).toMatchObject({
      revision: 'rev2',
      variant: 'clean',
      date: '2025-12-03',
    });
    expect(detectDocument({ url: unknown, text: 'WSIS +20 Rev. 2 – Track changes against Rev. 1' })).toMatchObject({
      revision: 'rev2',
      variant: 'tracked',
    });
    expect(detectDocument({ url: unknown, text: 'Second revised draft of the WSIS+20 Outcome Document' }).revision).toBe('rev2');
    expect(detectDocument({ url: unknown, text: 'WSIS+20 Rev7 clean 12 January 2026' })).toMatchObject({
      revision: 'rev7',
      date: '2026-01-12',
      title: 'Rev.7',
    });
  });

  it('reads the outcome title alone as the family, revision unknown', () => {
    const text = L41_FIRST_PAGE.replace('A/80/L.41', '').replace('Draft resolution submitted by the President of the General Assembly', '');
    expect(detectDocument({ url: unknown, text })).toMatchObject({ family: 'wsis20-outcome', revision: null, symbol: null });
  });

  it('reads a stakeholder input by its content', () => {
    expect(detectDocument({ url: unknown, text: 'TCCM inputs to Rev2 of the WSIS+20 Outcome Document, 8 December 2025' })).toMatchObject({
      revision: 'rev2',
      variant: 'stakeholder-input',
    });
  });

  it('calls an HTML copy of a draft a page', () => {
    const copy = { url: 'https://dig.watch/resource/wsis20-review-zero-draft', text: 'WSIS+20 review: Zero draft' };
    expect(detectDocument({ ...copy, format: 'html' })).toMatchObject({ revision: 'zero-draft', variant: 'page' });
    expect(detectDocument({ ...copy, url: 'file:///tmp/zero.html' }).variant).toBe('page');
    expect(detectDocument({ ...copy, format: 'pdf' }).variant).toBe('clean');
  });

  it('sees a list of drafts as no single revision', () => {
    const text = 'WSIS+20 Review. Documents: Zero Draft (29 August), Rev1 (7 November), Rev2 clean, Rev2 track changes';
    expect(detectDocument({ url: 'file:///tmp/index.html', text })).toMatchObject({ family: 'wsis20-outcome', revision: null });
  });

  it('does not take a mere mention of WSIS+20 for a draft', () => {
    expect(detectDocument({ url: unknown, text: 'WSIS+20 Side Events Programme, 15-17 December' }).family).toBeNull();
  });

  it('lets the URL name the revision and the text the title', () => {
    expect(detectDocument({ url: `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`, text: L41_FIRST_PAGE.replace('A/80/L.41', '') })).toMatchObject({
      revision: 'rev2',
      title: expect.stringMatching(/^Outcome document of the high-level meeting/),
    });
  });
});

describe('detectDocument: odd input', () => {
  const nothing = { family: null, revision: null, variant: null, symbol: null, date: null, title: null };
  it.each([
    ['empty', ''],
    ['words', 'not a url'],
    ['scheme only', 'https://'],
    ['broken IPv6', 'http://[::1'],
    ['bad escape', '%E0%A4%A'],
    ['javascript:', 'javascript:alert(1)'],
    ['bad escape on docs.un.org', 'https://docs.un.org/en/%E0%A4%A'],
    ['100k characters', 'x'.repeat(100_000)],
  ])('gives nulls for %s', (_, url) => {
      expect(() => detectDocument({ url, text: '' })).not.toThrow();
      expect(detectDocument({ url, text: null })).toEqual(nothing);
  });
  it('survives malformed escapes in a DESA path', () => {
    expect(detectDocument({ url: `${FILES}/Rev2/WSIS%2B20_Rev2_%E0%A4%A_Clean.pdf` })).toMatchObject({ revision: 'rev2' });
  });
  it('survives non-string input from untyped callers', () => {
    const id = detectDocument({ url: 42 as unknown as string, text: {} as unknown as string });
    expect(id).toEqual(nothing);
  });
  it('stays linear on hostile text', () => {
    const hostile = ['A/'.repeat(20_000), 'A/B.'.repeat(10_000), '1 '.repeat(30_000), 'outcome document of the '.repeat(3000), 'WSIS+20 rev '.repeat(5000)];
    detectDocument({ url: '', text: hostile[0] }); // warm-up
    const t0 = performance.now();
    for (const text of hostile) expect(detectDocument({ url: 'https://example.org/a.pdf', text }).symbol).toBeNull();
    expect(performance.now() - t0).toBeLessThan(500);
  });
  it('rejects impossible file-name dates', () => {
    expect(detectDocument({ url: `${FILES}/Rev6/WSIS%2B20_Rev6_311325_CleanVersion.pdf` }).date).toBeNull();
  });
});

describe('isUnHost', () => {
  it.each([
    [`${DESA}/wsis20`, true],
    ['https://docs.un.org/en/A/RES/80/173', true],
    ['https://documents.un.org/api/symbol/access?s=A/RES/80/173', true],
    ['http://docs.un.org/en/A/RES/80/173', false],
    ['https://docs.un.org.evil.example/en/A/RES/80/173', false],
    ['https://evil.example/?docs.un.org', false],
    ['https://undocs.org/A/RES/80/173', false],
    ['', false],
    ['garbage', false],
  ])('%s → %s', (url, expected) => {
    expect(isUnHost(url)).toBe(expected);
  });
});

describe('isWsisPage', () => {
  it('knows the DESA WSIS+20 section by URL', () => {
    expect(isWsisPage(`${DESA}/wsis20`)).toBe(true);
    expect(isWsisPage(`${DESA}/WSIS20/writteninputs`)).toBe(true);
    expect(isWsisPage(`${DESA}/unpsa`)).toBe(false);
    expect(isWsisPage(`http://publicadministration.desa.un.org/wsis20`)).toBe(false);
    expect(isWsisPage(`${DESA}/wsis2025`)).toBe(false);
  });
  it('knows a page by its title text', () => {
    expect(isWsisPage(`${DESA}/news/1`, 'WSIS+20 Review | DESA')).toBe(true);
    expect(isWsisPage(`${DESA}/news/1`, 'Overall review of the World Summit on the Information Society')).toBe(true);
    expect(isWsisPage(`${DESA}/unpsa`, 'United Nations Public Service Awards')).toBe(false);
    expect(isWsisPage('not a url', null)).toBe(false);
  });
});

describe('isWsisPdfUrl', () => {
  it.each([
    [`${FILES}/WSIS%2B20_ElementsPaper_20June.pdf`, true],
    [`${FILES}/WSIS%2B20_ZERO_DRAFT.pdf`, true],
    [`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`, true],
    [`${FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`, true],
    ['https://docs.un.org/en/A/RES/80/173', true],
    ['https://docs.un.org/en/a/res/80/173?direct=true', true],
    ['https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=pdf', true],
    [`${FILES}/Inputs%20to%20Rev2/TCCM_inputs%20to%20Rev2%20(8%20Dec).pdf`, false],
    [`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.docx`, false],
    ['https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=doc', false],
    ['https://docs.un.org/en/A/80/L.410', false],
    [`${DESA}/wsis20`, false],
    ['https://docs.un.org/en/A/RES/79/1', false],
    ['https://undocs.org/A/RES/80/173', false], // not a host the extension runs on; it redirects to docs.un.org
    ['http://docs.un.org/en/A/RES/80/173', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isWsisPdfUrl(url)).toBe(expected);
  });
});

describe('isUnPdfUrl', () => {
  it.each([
    ['https://docs.un.org/en/A/RES/79/1', true], // any resolution, not only WSIS+20
    ['https://docs.un.org/en/S/RES/2719(2023)', true], // a Security Council resolution, with its year
    ['https://docs.un.org/S/RES/2719%20(2023)', true],
    ['https://docs.un.org/A/70/L.33?direct=true', true],
    ['https://documents.un.org/api/symbol/access?s=A/RES/70/125&l=fr&t=pdf', true],
    ['https://documents.un.org/doc/undoc/gen/n25/457/31/pdf/n2545731.pdf', true],
    [`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`, true],
    [`${DESA}/sites/default/files/2021-04/2025/Inputs/any%20input.PDF`, true],
    ['https://documents.un.org/api/symbol/access?s=A/RES/79/1&l=en&t=doc', false], // the Word file
    ['https://documents.un.org/symbol-explorer?s=A/RES/79/1', false], // a search page
    ['https://docs.un.org/en/search', false],
    [`${DESA}/wsis20`, false],
    [`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.docx`, false],
    ['https://example.org/A_RES_79_1.pdf', false], // not a UN host: the extension has no access there
    ['http://docs.un.org/en/A/RES/79/1', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isUnPdfUrl(url)).toBe(expected);
  });
});

describe('throughUndocs', () => {
  it.each([
    ['https://undocs.org/A/RES/80/173', 'https://docs.un.org/en/A/RES/80/173'], // English unless the address says otherwise
    ['https://undocs.org/fr/A/80/L.41', 'https://docs.un.org/fr/A/80/L.41'],
    ['https://www.undocs.org/en/S/RES/2719(2023)', 'https://docs.un.org/en/S/RES/2719(2023)'],
    ['https://undocs.org/', 'https://undocs.org/'], // no document: left as it is
    ['http://undocs.org/A/RES/80/173', 'http://undocs.org/A/RES/80/173'], // only https, as everywhere else
    ['https://docs.un.org/en/A/80/L.41', 'https://docs.un.org/en/A/80/L.41'],
    ['https://example.org/undocs.org/A/RES/80/173', 'https://example.org/undocs.org/A/RES/80/173'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, expected) => {
    expect(throughUndocs(url)).toBe(expected);
  });
});

describe('normalizeSymbol', () => {
  it.each([
    ['a/res/80/173', 'A/RES/80/173'],
    [' A/80/L.41/ ', 'A/80/L.41'],
    ['a/c.2/80/l.3/rev.1', 'A/C.2/80/L.3/Rev.1'],
    ['s/res/2719', 'S/RES/2719'],
    ['S/RES/2719(2023)', 'S/RES/2719 (2023)'],
    ['S/RES/2719 (2023)', 'S/RES/2719 (2023)'],
    ['S/RES/2719 (2023) (2024)', null],
    ['wsis20', null],
    ['A/RES', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeSymbol(raw)).toBe(expected);
  });
});

// The segmenter on a real UN PDF: draft resolution A/80/L.41 (the WSIS+20 outcome document).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf } from '../../scripts/lib/pdfjs-node';
import type { PdfPageText } from '../pdf/page-text';
import { readAllPages } from '../pdf/read-pages';
import { createPdfSegmenter, segmentPdf } from './from-pdf-text';
import type { PdfBox, SegmentedDocument } from './model';
import { REAL_L41 as FILE } from '../../scripts/lib/shared-dir';

const present = existsSync(FILE);

let pages: PdfPageText[] = [];
let doc: SegmentedDocument<PdfBox>;
const byLabel = (label: string) => {
  const found = doc.paragraphs.find((p) => p.label === label);
  if (!found) throw new Error(`no paragraph ${label}`);
  return found;
};

describe.skipIf(!present)('A/80/L.41', () => {
  beforeAll(async () => {
    const pdf = await openPdf(new Uint8Array(readFileSync(FILE)));
    pages = await readAllPages(pdf);
    doc = segmentPdf(pages);
  });

  it('finds PP1…PP7 then 1…127, in order, preambular then operative', () => {
    const expected = [...Array.from({ length: 7 }, (_, i) => `PP${i + 1}`), ...Array.from({ length: 127 }, (_, i) => `${i + 1}`)];
    expect(doc.paragraphs.map((p) => p.label)).toEqual(expected);
    expect(doc.paragraphs.slice(0, 7).every((p) => p.kind === 'preambular')).toBe(true);
    expect(doc.paragraphs.slice(7).every((p) => p.kind === 'operative' && p.part === 0)).toBe(true);
  });

  it('starts each paragraph with its own first words', () => {
    expect(byLabel('PP1').text).toMatch(/^Recalling the outcome document of the high-level meeting on the overall review/);
    expect(byLabel('PP5').text).toMatch(/^Recalling also the Fourth International Conference on Financing for Development/);
    expect(byLabel('PP6').text).toMatch(/^Welcoming the many inputs made by Governments/);
    expect(byLabel('PP7').text).toMatch(/^Building on the 20-year review report/);
    expect(byLabel('1').text).toMatch(/^We reaffirm our commitment to the vision of the World Summit/);
    expect(byLabel('10').text).toMatch(/^We are concerned by the critical digital divides/);
    expect(byLabel('127').text).toBe(
      'We request the General Assembly to hold a high-level meeting on the overall review of the implementation ' +
        'of the outcomes of the World Summit on the Information Society in 2035, involving the input and ' +
        'participation of all stakeholders, including in the preparatory process, to take stock of progress and ' +
        'challenges concerning the outcomes of the World Summit and identify areas of continued focus.',
    );
  });

  it('leaves the chapeaus and the resolution\'s own "Adopts …:" out of the preamble, in the title', () => {
    expect(doc.paragraphs.some((p) => /^(The General Assembly|We, the Ministers|Adopts)/.test(p.text))).toBe(false);
    expect(doc.title).toContain(
      'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
    );
    expect(doc.title).toContain('Draft resolution submitted by the President of the General Assembly');
    expect(doc.title).not.toMatch(/25-20327|\*2520327\*|Distr\./);
  });

  it('keeps running headers, footers, footnotes and footnote markers out of paragraph text', () => {
    for (const p of doc.paragraphs) {
      expect(p.text).not.toMatch(/A\/80\/L\.41|25-20327|2520327|\b\d{1,2}\/20\b|_{3,}/);
      // footnote texts on pages 1 and 2
      expect(p.text).not.toMatch(/Resolution 79\/323, annex|Resolution 217 A \(III\)|See A\/C\.2\/59\/3|See A\/60\/687|Ibid\./);
    }
    expect(byLabel('PP5').text).toContain('the Sevilla Commitment, which renews the global framework');
    expect(byLabel('1').text).toMatch(/Universal Declaration of Human Rights\.$/);
    expect(byLabel('2').text).toContain('Declaration of Principles, the Geneva Plan of Action, the Tunis Commitment and the Tunis Agenda');
  });

  it('carries a paragraph across a page break', () => {
    const p14 = byLabel('14');
    expect(p14.page).toBe(3);
    expect(p14.text).toContain('enabling environment that encompasses policy, legal and regulatory frameworks that support innovation');
    expect(p14.text).toMatch(/contribute to economic and social growth\.$/);
  });

  it('keeps the section headings and files each paragraph under its heading', () => {
    // The bold section headings as printed (one runs over two lines on page 9).
    expect(doc.headings.map((h) => `p${h.page} ${h.text}`)).toEqual([
      'p2 Introduction',
      'p4 Information and communications technologies for development',
      'p4 Closing all digital divides',
      'p6 The digital economy',
      'p7 Social and economic development',
      'p8 Environmental impacts',
      'p9 The enabling environment for digital development',
      'p9 Building confidence and security in the use of information and communications technologies',
      'p10 Capacity development',
      'p10 Financial mechanisms',
      'p11 Human rights and ethical dimensions of the information society',
      'p14 Data governance',
      'p14 Artificial intelligence',
      'p14 Internet governance',
      'p16 Development of the World Summit on the Information Society framework',
      'p18 Monitoring and measurement',
      'p18 Follow-up and review',
    ]);
    expect(byLabel('1').heading).toBe('Introduction');
    expect(byLabel('PP1').heading).toBeNull();
    expect(byLabel('127').heading).toBe('Follow-up and review');
    // A heading is never a paragraph and never ends with sentence punctuation.
    for (const h of doc.headings) expect(h.text).not.toMatch(/[.,;]$/);
  });

  it('anchors each paragraph at its first line, label included', () => {
    const p1 = byLabel('1');
    expect(p1.anchor.page).toBe(2);
    expect(p1.anchor.x).toBeCloseTo(147.1, 0);
    expect(p1.anchor.y).toBeCloseTo(551.5, 0);
    expect(p1.anchor.height).toBeCloseTo(10, 0);
    expect(p1.anchor.width).toBeGreaterThan(300);
    for (const p of doc.paragraphs) expect(p.anchor.page).toBe(p.page);
  });

  it('joins words as printed: every word is one pdftotext also sees', () => {
    let reference: string;
    try {
      reference = execFileSync('pdftotext', ['-layout', FILE, '-'], { encoding: 'utf8' });
    } catch {
      return; // poppler-utils not installed
    }
    const words = new Set(reference.split(/[^\p{L}]+/u));
    const unknown = doc.paragraphs.flatMap((p) => p.text.split(/[^\p{L}]+/u).filter((w) => w && !words.has(w)));
    expect(unknown).toEqual([]);
    // pdf.js puts a space before some hyphens ("High -level"); the text has none.
    expect(doc.paragraphs.some((p) => / -\p{L}/u.test(p.text))).toBe(false);
    expect(byLabel('PP7').text).toContain('“WSIS+20 Forum High-level Event”');
  });

  it('mends a word that a justified line split inside one text run ("governan ce")', () => {
    const p69 = doc.paragraphs.find((p) => p.label === '69');
    expect(p69?.text).toContain('as well as good governance at all levels');
  });

  it('gives the same result page by page as in one go, with each page\'s paragraphs on hand at once', () => {
    const segmenter = createPdfSegmenter();
    const handed: string[] = [];
    for (const page of pages) {
      const started = segmenter.addPage(page);
      for (const p of started) expect(p.page).toBe(page.pageNumber);
      handed.push(...started.map((p) => p.label));
    }
    const incremental = segmenter.finish();
    expect(handed).toEqual(doc.paragraphs.map((p) => p.label));
    expect(incremental).toEqual(doc);
  });
});

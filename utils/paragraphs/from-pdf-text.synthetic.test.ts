// The segmenter against synthetic PDFs with known ground truth (written by
// scripts/fixtures/make-pdf-fixtures.mts; they imitate GA layouts, they are not downloaded documents).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf } from '../../scripts/lib/pdfjs-node';
import type { PdfPageText } from '../pdf/page-text';
import { readAllPages } from '../pdf/read-pages';
import { createPdfSegmenter, segmentPdf } from './from-pdf-text';
import type { PdfBox, SegmentedDocument } from './model';

const DIR = join(__dirname, '../../tests/fixtures/synthetic');

interface Truth {
  paragraphs: { label: string; kind: string; part: number; textStart: string; textEnd: string; page: number }[];
  headings: { text: string; part: number; page: number }[];
  titleIncludes: string[];
}

const FURNITURE = /A\/RES\/80\/99\d(?!\d)|25-\d{5}|\*\d{7}\*|Page \d+ of \d+|\b\d\/\d\b|zero draft|_{3,}/i;

describe.each(['resolution-layout', 'hanging-indent-draft', 'line-numbered-draft', 'no-preamble-long', 'declaration-in-annex'])('%s', (name) => {
  let pages: PdfPageText[] = [];
  let doc: SegmentedDocument<PdfBox>;
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Truth;

  beforeAll(async () => {
    const pdf = await openPdf(new Uint8Array(readFileSync(join(DIR, `${name}.pdf`))));
    pages = await readAllPages(pdf);
    doc = segmentPdf(pages);
  });

  it('finds exactly the expected paragraphs, with their labels, kinds, parts and pages', () => {
    const got = doc.paragraphs.map((p) => `${p.part}:${p.label}:${p.kind}:p${p.page}`);
    const want = truth.paragraphs.map((p) => `${p.part}:${p.label}:${p.kind}:p${p.page}`);
    expect(got).toEqual(want);
  });

  it('gives each paragraph its whole text and nothing else', () => {
    truth.paragraphs.forEach((t, i) => {
      const text = doc.paragraphs[i]?.text ?? '';
      expect(text.startsWith(t.textStart), `${t.label} starts "${text.slice(0, 60)}"`).toBe(true);
      expect(text.endsWith(t.textEnd), `${t.label} ends "${text.slice(-60)}"`).toBe(true);
      expect(text).not.toMatch(FURNITURE);
      expect(text).not.toMatch(/Resolution 70\/1, annex|See A\/C\.2\/59\/3|A\/80\/123\./); // footnote texts
    });
  });

  it('keeps the section headings, in order, and files paragraphs under them', () => {
    expect(doc.headings.map((h) => `${h.part}:${h.text}:p${h.page}`)).toEqual(truth.headings.map((h) => `${h.part}:${h.text}:p${h.page}`));
    for (const p of doc.paragraphs) {
      const before = doc.headings.filter((h) => h.part === p.part && (h.page ?? 0) < (p.page ?? 0) || (h.part === p.part && h.page === p.page && h.anchor.y > p.anchor.y));
      expect(p.heading).toBe(before.length ? before[before.length - 1]!.text : null);
    }
  });

  it('puts the title block in the title', () => {
    for (const line of truth.titleIncludes) expect(doc.title).toContain(line);
  });

  it('gives the same result page by page as in one go', () => {
    const segmenter = createPdfSegmenter();
    const handed = pages.flatMap((page) => segmenter.addPage(page).map((p) => `${p.label}@${page.pageNumber}:${p.page}`));
    expect(segmenter.finish()).toEqual(doc);
    expect(handed).toEqual(doc.paragraphs.map((p) => `${p.label}@${p.page}:${p.page}`));
  });
});

describe('a draft printed with line numbers', () => {
  const read = async (name: string) => segmentPdf(await readAllPages(await openPdf(new Uint8Array(readFileSync(join(DIR, `${name}.pdf`))))));

  it('reads as the same draft printed without them, word for word', async () => {
    const [numbered, plain] = await Promise.all([read('line-numbered-draft'), read('hanging-indent-draft')]);
    const view = (doc: SegmentedDocument<PdfBox>) => doc.paragraphs.map((p) => [p.label, p.kind, p.text]);
    expect(view(numbered)).toEqual(view(plain));
    expect(numbered.headings.map((h) => h.text)).toEqual(plain.headings.map((h) => h.text));
  });
});

describe('resolution layout traps', () => {
  let doc: SegmentedDocument<PdfBox>;
  beforeAll(async () => {
    const pdf = await openPdf(new Uint8Array(readFileSync(join(DIR, 'resolution-layout.pdf'))));
    doc = segmentPdf(await readAllPages(pdf));
  });
  const main = (label: string) => doc.paragraphs.find((p) => p.part === 0 && p.label === label)!;

  it('does not start paragraphs at numbers that end or begin sentences inside a paragraph', () => {
    expect(main('2').text).toContain('the targets set for 2030. 26 of them remain off track.');
    expect(main('4').text).toContain('by 2030. 26 delegations asked for it, and we recall resolution 70/1.');
  });

  it('undoes a broken word but keeps a compound hyphen', () => {
    expect(main('3').text).toContain('the sustainable development of least developed countries');
    expect(main('3').text).toContain('the role of multi-stakeholder cooperation.');
  });

  it('keeps sub-paragraphs (a), (b), (c) in their paragraph', () => {
    expect(main('5').text).toMatch(/including by: \(a\) Expanding .*; \(b\) Strengthening .*; \(c\) Supporting .* sex and age\.$/);
  });

  it('drops footnote markers from the text', () => {
    expect(doc.paragraphs.find((p) => p.label === 'PP2')!.text).toContain('Sustainable Development”, in which');
    expect(main('7').text).toContain('to report on progress.');
  });
});

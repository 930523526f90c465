import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../pdf/page-text';
import { segmentPdf } from './from-pdf-text';
import { createLineNumberFilter } from './line-numbers';
import { line, page } from './test-pages';

const WORDS = 'we recognize the importance of meaningful connectivity for all people and the role of every stakeholder in the review'.split(' ');
const LINE_PITCH = 14;
const TOP = 740;

/** A draft page of three-line paragraphs "n. We …", each line printed at the body margin. */
function draftLines(firstParagraph: number, paragraphs: number): { number?: string; text: string }[] {
  const lines: { number?: string; text: string }[] = [];
  for (let p = 0; p < paragraphs; p++) {
    for (let l = 0; l < 3; l++) {
      const words = WORDS.slice((p + l) % 5, ((p + l) % 5) + 12).join(' ');
      const text = l === 0 ? `We ${words},` : l === 1 ? `${words[0]!.toUpperCase()}${words.slice(1)} and` : `${words}.`;
      lines.push(l === 0 ? { number: `${firstParagraph + p}.`, text } : { text });
    }
  }
  return lines;
}

/** The page as printed, with Word's right-aligned line numbers every `every` lines from `firstLine`, or none. */
function printed(pageNumber: number, lines: { number?: string; text: string }[], numbering?: { firstLine: number; every: number }): PdfTextItem[][] {
  return lines.map(({ number, text }, i) => {
    const runs = [];
    const lineNumber = (numbering?.firstLine ?? 0) + i;
    if (numbering && lineNumber % numbering.every === 0) runs.push({ str: String(lineNumber), x: 54 - String(lineNumber).length * 4.5 });
    runs.push(...(number ? [{ str: number, x: 72 }, { str: text, x: 100 }] : [{ str: text, x: 100 }]));
    return line(TOP - i * LINE_PITCH, ...runs);
  });
}

const read = (pages: PdfTextItem[][][]) => segmentPdf(pages.map((lines, i) => page(i + 1, ...lines))).paragraphs.map((p) => [p.label, p.text]);

describe('line numbers in the margin', () => {
  const first = draftLines(1, 10);
  const second = draftLines(11, 6);
  const plain = read([printed(1, first), printed(2, second)]);

  it.each([
    ['every line, numbered through', { firstLine: 1, every: 1 }, { firstLine: 31, every: 1 }],
    ['every fifth line', { firstLine: 1, every: 5 }, { firstLine: 31, every: 5 }],
    ['every line, each page from 1', { firstLine: 1, every: 1 }, { firstLine: 1, every: 1 }],
  ])('reads a draft with line numbers in the margin (%s) as the same draft without them', (_name, one, two) => {
    expect(plain).toHaveLength(16);
    expect(read([printed(1, first, one), printed(2, second, two)])).toEqual(plain);
  });

  it('leaves bare paragraph numbers in the margin alone: they count paragraphs, not lines', () => {
    // "26 Condemns …" set with a hanging indent: the numbers stand alone left of every line.
    const lines = draftLines(1, 8).map(({ number, text }) => ({ number: number?.replace('.', ''), text }));
    const margin = page(1, ...printed(1, lines));
    expect(createLineNumberFilter()(margin)).toBe(margin);
    expect(segmentPdf([margin]).paragraphs.map((p) => p.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});

// The segmenter on small hand-built pages: the rules one at a time.
import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../pdf/page-text';
import { createPdfSegmenter, segmentPdf } from './from-pdf-text';
import { item, line, page } from './test-pages';

const MARGIN = 123.4;
const FULL = 'and the text runs on to the right margin of the page as';

/** A numbered paragraph in resolution layout: number at the first-line indent, text after a gap. */
function numbered(y: number, n: string, first: string, ...rest: string[]): PdfTextItem[][] {
  return [line(y, { str: `${n}.`, x: 147.1 }, { str: first, x: 170.9 }), ...rest.map((t, i) => line(y - 12 * (i + 1), { str: t, x: MARGIN }))];
}

function preamble(y: number, lead: string, first: string, ...rest: string[]): PdfTextItem[][] {
  return [line(y, { str: lead, x: 147.1, font: 'italic' }, first), ...rest.map((t, i) => line(y - 12 * (i + 1), { str: t, x: MARGIN }))];
}

const footer = (n: number) => [line(36.7, { str: `${n}/3`, x: 60, size: 8.5, font: 'bold' }, { str: '25-20327', x: 520, size: 7 })];

describe('segmentPdf on hand-built pages', () => {
  const page1 = page(
    1,
    line(734, { str: 'United Nations', x: 123, size: 14 }, { str: 'A/80/L.99', x: 500 }),
    line(600, { str: 'Draft resolution submitted by the President', x: MARGIN, font: 'bold' }),
    line(580, { str: 'The General Assembly,', x: 147.1, font: 'italic' }),
    ...preamble(560, 'Recalling', 'its resolution 70/125 of 16 December 2015 on the', FULL, 'outcome of the World Summit,'),
    ...preamble(506, 'Mindful', 'of the role of all stakeholders in their respective roles and', FULL, FULL),
    line(44, { str: '25-20327 (E) 161225', x: 65 }),
    line(30, { str: '*2520327*', x: 65, size: 12, font: 'bar' }),
  );
  const page2 = page(
    2,
    line(733, { str: 'A/80/L.99', x: 60, size: 8.5, font: 'bold' }),
    line(707.5, { str: 'responsibilities,', x: MARGIN }),
    line(683.5, { str: 'Introduction', x: MARGIN, font: 'bold' }),
    ...numbered(665.5, '1', 'We reaffirm our commitment to the vision of the', FULL, 'World Summit in resolution', '2. The Summit said so in 2005. 3 of them agreed.'),
    ...numbered(611.5, '2', 'We recognize that the develop-', 'ment of the world depends on it and on', 'the targets set for 2030.'),
    ...footer(2),
  );
  const page3 = page(
    3,
    line(733, { str: 'A/80/L.99', x: 516, size: 8.5, font: 'bold' }),
    ...numbered(707.5, '3', 'We decide to act, including by:'),
    line(695.5, { str: '(a)', x: 147.1 }, { str: 'Expanding connectivity;', x: 170.9 }),
    line(683.5, { str: '(b)', x: 147.1 }, { str: 'Building skills.', x: 170.9 }),
    line(659.5, { str: 'Annex I', x: 290, font: 'bold' }),
    ...numbered(635.5, '1', 'We commit to the annex.'),
    ...numbered(617.5, '2', 'We commit again.'),
    ...footer(3),
  );
  const doc = segmentPdf([page1, page2, page3]);
  const labels = doc.paragraphs.map((p) => `${p.part}:${p.label}`);

  it('labels preambular and numbered paragraphs, restarting in the annex', () => {
    expect(labels).toEqual(['0:PP1', '0:PP2', '0:1', '0:2', '0:3', '1:1', '1:2']);
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['preambular', 'preambular', 'operative', 'operative', 'operative', 'operative', 'operative']);
  });

  it('continues a paragraph across the page break, without the running header', () => {
    expect(doc.paragraphs[1]?.text).toMatch(/^Mindful of the role .* in their respective roles and .*responsibilities,$/);
    expect(doc.paragraphs[1]?.text).not.toContain('A/80/L.99');
  });

  it('never starts a paragraph at a number inside one', () => {
    expect(doc.paragraphs[2]?.text).toMatch(/World Summit in resolution 2\. The Summit said so in 2005\. 3 of them agreed\.$/);
  });

  it('undoes hyphenation and keeps sub-paragraphs in their paragraph', () => {
    expect(doc.paragraphs[3]?.text).toContain('the development of the world');
    expect(doc.paragraphs[4]?.text).toBe('We decide to act, including by: (a) Expanding connectivity; (b) Building skills.');
  });

  it('keeps headings and the title apart from paragraphs', () => {
    expect(doc.headings.map((h) => `${h.part}:${h.text}`)).toEqual(['0:Introduction', '1:Annex I']);
    expect(doc.paragraphs[2]?.heading).toBe('Introduction');
    expect(doc.paragraphs[5]?.heading).toBe('Annex I');
    expect(doc.title).toBe('Draft resolution submitted by the President The General Assembly,');
  });

  it('anchors a paragraph at its label', () => {
    expect(doc.paragraphs[2]?.anchor).toMatchObject({ page: 2, x: 147.1, y: 665.5, height: 10 });
  });

  it('hands over each page\'s paragraphs at once, with final labels', () => {
    const segmenter = createPdfSegmenter();
    const first = segmenter.addPage(page1);
    expect(first.map((p) => p.label)).toEqual(['PP1', 'PP2']);
    expect(first[1]?.text).not.toContain('responsibilities'); // still growing
    expect(segmenter.addPage(page2).map((p) => p.label)).toEqual(['1', '2']);
    expect(first[1]?.text).toMatch(/responsibilities,$/);
    expect(segmenter.addPage(page3).map((p) => `${p.part}:${p.label}`)).toEqual(['0:3', '1:1', '1:2']);
    expect(segmenter.finish()).toEqual(doc);
  });
});

describe('PP and OP labels printed in working drafts', () => {
  it('takes them as printed, at the margin or the indent, with their text run on', () => {
    const doc = segmentPdf([
      page(
        1,
        line(700, { str: 'The General Assembly,', x: 147.1, font: 'italic' }),
        line(676, { str: 'PP1', x: MARGIN }, { str: 'Recalling its resolution 70/125 of 16 December 2015', x: 170.9 }),
        line(664, { str: 'on the outcome of the World Summit,', x: MARGIN }),
        line(640, { str: 'PP2 Recognizing the role of the Forum,', x: MARGIN }),
        ...preamble(616, 'Noting', 'the report of the Secretary-General,'),
        line(592, { str: 'OP1.', x: MARGIN }, { str: 'Decides to extend the mandate of the Forum;', x: 170.9 }),
        line(568, { str: 'OP2', x: MARGIN }, { str: 'Requests the Secretary-General to report, as in', x: 170.9 }),
        line(556, { str: 'PP2 of this text, to the Assembly;', x: MARGIN }),
        line(532, { str: 'OP2bis. Invites all stakeholders to contribute.', x: MARGIN }),
      ),
    ]);
    expect(doc.paragraphs.map((p) => [p.label, p.kind, p.text])).toEqual([
      ['PP1', 'preambular', 'Recalling its resolution 70/125 of 16 December 2015 on the outcome of the World Summit,'],
      ['PP2', 'preambular', 'Recognizing the role of the Forum,'],
      ['PP3', 'preambular', 'Noting the report of the Secretary-General,'],
      ['1', 'operative', 'Decides to extend the mandate of the Forum;'],
      // "PP2 of" on a line of its own runs on: a reference, not a label.
      ['2', 'operative', 'Requests the Secretary-General to report, as in PP2 of this text, to the Assembly;'],
      ['2bis', 'operative', 'Invites all stakeholders to contribute.'],
    ]);
  });
});

describe('paragraphs inserted in negotiation without renumbering', () => {
  it('labels "12 bis." and "12ter." after 12, and 13 follows', () => {
    const doc = segmentPdf([
      page(
        1,
        ...numbered(700, '11', 'We recognize the role of the Forum.'),
        ...numbered(676, '12', 'We decide to extend the mandate of the Forum,', 'for a further ten years.'),
        line(640, { str: '12 bis.', x: 147.1 }, { str: 'We request the Secretary-General to report.', x: 180 }),
        line(616, { str: '12ter.', x: 147.1 }, { str: 'We invite all stakeholders to contribute.', x: 180 }),
        line(604, { str: '12quat.', x: 147.1 }, { str: 'We also invite the regional commissions.', x: 180 }),
        ...numbered(592, '13', 'We decide to remain seized of the matter.'),
      ),
    ]);
    expect(doc.paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['11', 'We recognize the role of the Forum.'],
      ['12', 'We decide to extend the mandate of the Forum, for a further ten years.'],
      ['12bis', 'We request the Secretary-General to report.'],
      ['12ter', 'We invite all stakeholders to contribute.'],
      ['12quat', 'We also invite the regional commissions.'],
      ['13', 'We decide to remain seized of the matter.'],
    ]);
  });

  it('reads "5 bis." far from paragraph 5 as text, not as a paragraph', () => {
    const doc = segmentPdf([
      page(
        1,
        ...numbered(700, '11', 'We recognize the role of the Forum.'),
        line(676, { str: '5 bis.', x: 147.1 }, { str: 'We request the Secretary-General to report.', x: 180 }),
      ),
    ]);
    expect(doc.paragraphs.map((p) => p.label)).toEqual(['11']);
  });
});

describe('hanging-indent drafts', () => {
  it('reads numbers at the margin, with or without a dot, and a lettered preamble', () => {
    const body = 'all stakeholders to cooperate in the implementation of the';
    const doc = segmentPdf([
      page(
        1,
        line(700, { str: 'A.', x: 72 }, { str: 'Recalling', x: 108, font: 'italic' }, 'the Geneva Declaration of'),
        line(688, { str: 'Principles and the Tunis Agenda,', x: 108 }),
        line(664, { str: 'A. Digital divides', x: 72, font: 'bold' }),
        line(640, { str: '25', x: 72 }, { str: 'Calls upon', x: 108 }, body),
        line(628, { str: 'outcomes of the Summit, as agreed in', x: 108 }),
        line(616, { str: '26 Member States and the 2030 Agenda.', x: 108 }),
        line(592, { str: '26', x: 72 }, { str: 'Condemns', x: 108 }, body),
        line(580, { str: 'outcomes.', x: 108 }),
        line(556, { str: '27', x: 72 }, { str: '.', x: 81.3 }, { str: 'Welcomes', x: 108 }, body),
        line(544, { str: 'outcomes.', x: 108 }),
      ),
    ]);
    expect(doc.paragraphs.map((p) => `${p.label}:${p.kind}`)).toEqual(['A:preambular', '25:operative', '26:operative', '27:operative']);
    expect(doc.paragraphs[0]?.text).toBe('Recalling the Geneva Declaration of Principles and the Tunis Agenda,');
    expect(doc.paragraphs[1]?.text).toMatch(/as agreed in 26 Member States and the 2030 Agenda\.$/);
    expect(doc.paragraphs[2]?.text).toMatch(/^Condemns all stakeholders/);
    expect(doc.headings.map((h) => h.text)).toEqual(['A. Digital divides']);
    expect(doc.paragraphs[2]?.heading).toBe('A. Digital divides');
  });
});

describe('block-style paragraphs (number and continuation lines at the margin, no spacing)', () => {
  it('starts paragraphs only where a sentence has ended', () => {
    const at = (y: number, text: string) => line(y, { str: text, x: 72 });
    const doc = segmentPdf([
      page(
        1,
        at(700, '1. We reaffirm our commitment to the vision of the'),
        at(688, 'Summit as agreed in paragraph'),
        at(676, '2. Of the Tunis Agenda and decide to act.'),
        at(664, '2. We recognize the value of cooperation in the'),
        at(652, 'Summit process, as stated in'),
        at(640, '3. Of its outcome.'),
        at(628, '3. We decide to continue.'),
      ),
    ]);
    expect(doc.paragraphs.map((p) => p.label)).toEqual(['1', '2', '3']);
    expect(doc.paragraphs[0]?.text).toBe('We reaffirm our commitment to the vision of the Summit as agreed in paragraph 2. Of the Tunis Agenda and decide to act.');
  });
});

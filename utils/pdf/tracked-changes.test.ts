// Tracked-changes PDFs read as such: by hand-made pages for the cues, and on the committed LibreOffice PDF.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf, pdfjs } from '../../scripts/lib/pdfjs-node';
import type { Paragraph, PdfBox } from '../paragraphs/model';
import { toPageText, type PdfPageText, type PdfTextItem } from './page-text';
import type { DrawnGlyph, DrawnRule, PageDrawing } from './page-drawing';
import { hasTrackedMarkup, markGlyphs, markPageText, readTrackedChanges, readTrackedPages, reviserColours, type TrackedReading } from './tracked-changes';
import { REAL_L41 as L41 } from '../../scripts/lib/shared-dir';

const DIR = 'tests/fixtures/revision-set';

// ---------------------------------------------------------------- hand-made pages

const CHAR = 5;

/** Glyphs of a line of text at baseline y, 5 units per character, starting at x. */
function glyphs(text: string, x: number, y: number, color = '#000000', size = 10): DrawnGlyph[] {
  return [...text].map((ch, i) => ({ str: ch, x: x + i * CHAR, y, width: CHAR, size, color }));
}
const item = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, x, y, width: str.length * CHAR, height: size, fontName: 'f1', hasEOL: false });
const strike = (x1: number, x2: number, y: number, color: string | null = '#000000'): DrawnRule => ({ x1, x2, y: y + 3, thickness: 0.5, color });
const underline = (x1: number, x2: number, y: number, color: string | null = '#000000'): DrawnRule => ({ x1, x2, y: y - 1.2, thickness: 0.5, color });

describe('markGlyphs', () => {
  it('reads a rule through the letters as a deletion and one under them as an insertion, whatever their colour', () => {
    const drawing: PageDrawing = {
      glyphs: glyphs('keep old new', 100, 700),
      rules: [strike(125, 140, 700), underline(145, 160, 700)],
    };
    const marks = markGlyphs(drawing).join(',');
    expect(marks).toBe([',,,,,del,del,del,,ins,ins,ins'].join(''));
  });

  it('takes coloured text without a rule as inserted on a page with markup (colour-only insertions), not gray text', () => {
    const drawing: PageDrawing = {
      glyphs: [...glyphs('gone', 100, 700, '#c00000'), ...glyphs('added', 130, 700, '#1f4e9c'), ...glyphs('note', 170, 700, '#808080'), ...glyphs('plain body text', 200, 700)],
      rules: [strike(100, 120, 700, '#c00000')],
    };
    const marks = markGlyphs(drawing);
    expect(marks.slice(0, 4)).toEqual(['del', 'del', 'del', 'del']);
    expect(marks.slice(4, 9)).toEqual(['ins', 'ins', 'ins', 'ins', 'ins']);
    expect(marks.slice(9)).toEqual(Array(19).fill(null));
  });

  it('leaves coloured text alone on a page without markup, unless the document’s revisers use that colour', () => {
    const drawing: PageDrawing = { glyphs: [...glyphs('added', 130, 700, '#1f4e9c'), ...glyphs('plain body text', 200, 700)], rules: [] };
    expect(markGlyphs(drawing).filter(Boolean)).toEqual([]);
    const marked = { glyphs: [...glyphs('struck', 100, 600, '#1f4e9c'), ...glyphs('and the body text', 140, 600)], rules: [strike(100, 130, 600, '#1f4e9c')] };
    expect(markGlyphs(drawing, reviserColours([marked, drawing])).slice(0, 5)).toEqual(Array(5).fill('ins'));
  });

  it('ignores thick bars and rules far from the letters', () => {
    const drawing: PageDrawing = {
      glyphs: glyphs('text', 100, 700),
      rules: [{ x1: 100, x2: 120, y: 703, thickness: 4, color: null }, { x1: 100, x2: 120, y: 690, thickness: 0.5, color: null }],
    };
    expect(markGlyphs(drawing)).toEqual([null, null, null, null]);
  });
});

describe('markPageText', () => {
  it('splits a text item where the mark changes, at the glyph positions', () => {
    const page: PdfPageText = { pageNumber: 1, width: 612, height: 792, items: [item('keep old new', 100, 700)] };
    const drawing: PageDrawing = { glyphs: glyphs('keepoldnew', 100, 700), rules: [] };
    // Glyphs carry no spaces here (as with a tab or a positioned word), so positions come from them.
    drawing.glyphs.forEach((g, i) => (g.x = 100 + (i < 4 ? i : i < 7 ? i + 1 : i + 2) * CHAR));
    drawing.rules.push(strike(125, 140, 700));
    const marked = markPageText(page, drawing);
    expect(marked.items.map((i) => [i.str, i.mark, i.x])).toEqual([
      ['keep ', null, 100],
      ['old ', 'del', 125],
      ['new', null, 145],
    ]);
  });
});

describe('readTrackedPages', () => {
  /** A page of numbered paragraphs: resolution layout, 12-unit pitch, a gap between paragraphs. */
  function page(paragraphs: { label?: string; lines: { text: string; mark?: 'ins' | 'del' }[][] }[]) {
    const items: PdfTextItem[] = [];
    const drawing: PageDrawing = { glyphs: [], rules: [] };
    let y = 700;
    for (const p of paragraphs) {
      p.lines.forEach((runs, n) => {
        let x = n === 0 ? 170 : 123;
        if (n === 0 && p.label) {
          items.push(item(`${p.label}.`, 147, y));
          drawing.glyphs.push(...glyphs(`${p.label}.`, 147, y, runs[0]?.mark && !p.lines.some((l) => l.some((r) => !r.mark)) ? '#c69200' : '#000000'));
          if (!p.lines.some((l) => l.some((r) => r.mark !== 'del'))) drawing.rules.push(strike(147, 147 + CHAR * 3, y, '#c69200'));
        }
        for (const run of runs) {
          items.push(item(run.text, x, y));
          drawing.glyphs.push(...glyphs(run.text, x, y, run.mark ? '#c69200' : '#000000'));
          const right = x + run.text.length * CHAR;
          if (run.mark === 'del') drawing.rules.push(strike(x, right, y, '#c69200'));
          if (run.mark === 'ins') drawing.rules.push(underline(x, right, y, '#c69200'));
          x = right + CHAR;
        }
        y -= 12;
      });
      y -= 6;
    }
    return markPageText({ pageNumber: 1, width: 612, height: 792, items }, drawing);
  }

  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${from + i}`).join(' ');

  it('gives the text as it stands, the changes in reading order, and a struck paragraph as deleted', () => {
    const reading = readTrackedPages([
      page([
        { label: '1', lines: [[{ text: `We ${words(8)}` }], [{ text: words(10, 8) }]] },
        { label: '2', lines: [[{ text: 'We decide that the Forum' }, { text: 'should become', mark: 'del' }, { text: 'shall be', mark: 'ins' }], [{ text: `permanent ${words(4)}.` }]] },
        { label: '3', lines: [[{ text: `We request ${words(6)}`, mark: 'del' }], [{ text: `${words(8, 20)}.`, mark: 'del' }]] },
        { label: '3', lines: [[{ text: `We call ${words(7, 40)}` }], [{ text: `${words(3, 50)}.` }]] },
      ]),
    ]);
    expect(reading.tracked).toBe(true);
    const paras = reading.document.paragraphs;
    expect(paras.map((p) => [p.label, p.status ?? 'live'])).toEqual([
      ['1', 'live'],
      ['2', 'live'],
      ['del-3', 'deleted'],
      ['3', 'live'],
    ]);
    expect(paras[1]!.text).toBe('We decide that the Forum shall be permanent word0 word1 word2 word3.');
    expect(paras[1]!.changes).toEqual([
      { type: 'del', text: 'should become' },
      { type: 'ins', text: 'shall be' },
    ]);
    expect(paras[0]!.changes).toEqual([]);
    expect(paras[2]!.text).toBe(`We request ${words(6)} ${words(8, 20)}.`);
  });

  it('leaves Word’s balloons in the markup pane out of the text and the changes', () => {
    const printed = page([
      { label: '1', lines: [[{ text: `We ${words(8)}` }], [{ text: words(10, 8) }]] },
      { label: '2', lines: [[{ text: 'We decide that the Forum' }, { text: 'should become', mark: 'del' }, { text: 'shall be', mark: 'ins' }], [{ text: `permanent ${words(4)}.` }]] },
    ]);
    // Balloons beside paragraph 2's lines, in the reviser's colour, as Word prints them.
    const balloons = [
      { ...item('Deleted: should become', 430, 670), height: 8, mark: 'ins' as const },
      { ...item('Formatted: Font: 11 pt', 430, 658), height: 8, mark: 'ins' as const },
    ];
    const reading = readTrackedPages([{ ...printed, items: [...printed.items, ...balloons] }]);
    const paras = reading.document.paragraphs;
    expect(paras.map((p) => p.label)).toEqual(['1', '2']);
    expect(paras[1]!.text).toBe('We decide that the Forum shall be permanent word0 word1 word2 word3.');
    expect(paras[1]!.changes).toEqual([
      { type: 'del', text: 'should become' },
      { type: 'ins', text: 'shall be' },
    ]);
  });

  it('keeps a struck line inside a paragraph as that paragraph’s deletion', () => {
    const reading = readTrackedPages([
      page([
        { label: '1', lines: [[{ text: `We ${words(8)}` }], [{ text: words(9, 8), mark: 'del' }], [{ text: 'and more.' }]] },
        { label: '2', lines: [[{ text: `We ${words(5, 30)}.` }]] },
      ]),
    ]);
    expect(reading.document.paragraphs.map((p) => p.label)).toEqual(['1', '2']);
    expect(reading.document.paragraphs[0]!.changes).toEqual([{ type: 'del', text: words(9, 8) }]);
  });

  it('keeps a struck last line that opens with a figure ("10 per cent") in its paragraph', () => {
    const reading = readTrackedPages([
      page([
        { label: '1', lines: [[{ text: `We note that ${words(6)}` }], [{ text: `10 per cent ${words(5, 8)}.`, mark: 'del' }]] },
        { label: '2', lines: [[{ text: `We ${words(5, 30)}.` }]] },
      ]),
    ]);
    expect(reading.document.paragraphs.map((p) => p.label)).toEqual(['1', '2']);
    expect(reading.document.paragraphs[0]!.changes).toEqual([{ type: 'del', text: `10 per cent ${words(5, 8)}.` }]);
  });

  it('says a page without markup is not a tracked-changes page', () => {
    const reading = readTrackedPages([page([{ label: '1', lines: [[{ text: `We ${words(8)}` }]] }])]);
    expect(reading.tracked).toBe(false);
    expect(reading.document.paragraphs[0]!.changes).toBeUndefined();
  });
});

// ---------------------------------------------------------------- the LibreOffice PDF

interface TruthFile {
  old: { label: string; text: string }[];
  new: { label: string; text: string; heading: string | null }[];
  truth: { old: string[]; new: string[]; change: string }[];
}

async function readFile(path: string): Promise<TrackedReading> {
  const doc = await openPdf(new Uint8Array(readFileSync(path)));
  try {
    return await readTrackedChanges(doc);
  } finally {
    await doc.loadingTask.destroy();
  }
}

describe('rev2-tracked.pdf (LibreOffice change tracking)', () => {
  const truth = JSON.parse(readFileSync(`${DIR}/truth.json`, 'utf8')) as TruthFile;
  let reading: TrackedReading;
  let live: Paragraph<PdfBox>[];
  const para = (label: string) => reading.document.paragraphs.find((p) => p.label === label)!;
  beforeAll(async () => {
    reading = await readFile(`${DIR}/rev2-tracked.pdf`);
    live = reading.document.paragraphs.filter((p) => p.status !== 'deleted');
  }, 60_000);

  it('reads every live paragraph as Rev.2 clean has it: labels, text without the deletions, headings', () => {
    expect(reading.tracked).toBe(true);
    expect(live.map((p) => ({ label: p.label, text: p.text, heading: p.heading }))).toEqual(truth.new.map((p) => ({ label: p.label, text: p.text, heading: p.heading })));
  });

  it('reports the paragraphs deleted whole, with Rev.1’s text, where they stood', () => {
    const deleted = reading.document.paragraphs.filter((p) => p.status === 'deleted');
    expect(deleted.map((p) => p.label)).toEqual(['del-99', 'del-100']);
    expect(deleted.map((p) => p.text)).toEqual(['99', '100'].map((label) => truth.old.find((p) => p.label === label)!.text));
    const labels = reading.document.paragraphs.map((p) => p.label);
    expect(labels.slice(labels.indexOf('100'), labels.indexOf('101') + 1)).toEqual(['100', 'del-99', 'del-100', '101']);
    expect(deleted.every((p) => p.page === para('100').page)).toBe(true);
  });

  it('gives ¶98 its marked word edits in reading order', () => {
    expect(para('98').changes).toEqual([
      { type: 'del', text: 'should become' },
      { type: 'ins', text: 'shall be made' },
      { type: 'ins', text: 'continued' },
      { type: 'ins', text: 'stable and' },
      { type: 'ins', text: 'staffing and' },
    ]);
    expect(para('101').changes).toEqual([
      { type: 'del', text: 'at' },
      { type: 'ins', text: 'during' },
    ]);
  });

  it('marks changes exactly where Rev.1 → Rev.2 changed a paragraph', () => {
    const unitOf = (label: string) => truth.truth.find((u) => u.new.includes(label))!;
    const changed = live.filter((p) => p.changes!.length > 0).map((p) => p.label);
    const expected = truth.new.filter((p) => ['modified', 'added', 'moved', 'merged'].includes(unitOf(p.label).change)).map((p) => p.label);
    expect(changed).toEqual(expected);
    // Added and moved paragraphs are inserted whole.
    for (const label of truth.new.map((p) => p.label).filter((l) => ['added', 'moved'].includes(unitOf(l).change))) {
      expect(para(label).changes).toEqual([{ type: 'ins', text: para(label).text }]);
    }
    // The merge strikes the number of the paragraph it absorbed.
    expect(para('82').changes).toEqual([{ type: 'del', text: '80.' }]);
  });
});

describe('rev2-tracked-colour.pdf (insertions in colour only, deletions struck through in red)', () => {
  it('reads the same paragraphs, changes and deletions as the default markup', async () => {
    const [colour, standard] = await Promise.all([readFile(`${DIR}/rev2-tracked-colour.pdf`), readFile(`${DIR}/rev2-tracked.pdf`)]);
    expect(colour.tracked).toBe(true);
    const summary = (r: TrackedReading) => r.document.paragraphs.map((p) => ({ label: p.label, text: p.text, status: p.status, changes: p.changes }));
    expect(summary(colour)).toEqual(summary(standard));
  }, 60_000);
});

describe('a tracked-changes PDF whose text is already read (the viewer’s index)', () => {
  it('asks pdf.js for the drawing only, and reads the same paragraphs and changes', async () => {
    const path = `${DIR}/rev2-tracked.pdf`;
    const doc = await openPdf(new Uint8Array(readFileSync(path)));
    try {
      // The index's text: the raw whole-page text, normalised on the main thread (components/viewer/paragraph-indexer).
      const known: PdfPageText[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const { items } = await page.getTextContent({ disableNormalization: true });
        const text = toPageText(n, page.getViewport({ scale: 1 }), items);
        for (const item of text.items) item.str = pdfjs.normalizeUnicode(item.str);
        known.push(text);
      }
      const getPage = doc.getPage.bind(doc);
      let textRequests = 0;
      doc.getPage = async (n: number) => {
        const page = await getPage(n);
        const getTextContent = page.getTextContent.bind(page);
        page.getTextContent = (...args) => (textRequests++, getTextContent(...args));
        return page;
      };
      const fromIndex = await readTrackedChanges(doc, known);
      expect(textRequests).toBe(0);
      const summary = (r: TrackedReading) => r.document.paragraphs.map((p) => ({ label: p.label, text: p.text, status: p.status, changes: p.changes }));
      expect(fromIndex.tracked).toBe(true);
      expect(summary(fromIndex)).toEqual(summary(await readFile(path)));
    } finally {
      await doc.loadingTask.destroy();
    }
  }, 60_000);
});

describe('hasTrackedMarkup', () => {
  it.each([
    ['rev2-tracked.pdf', true],
    ['rev2-tracked-colour.pdf', true],
    ['rev2-clean.pdf', false],
  ])('%s: %s', async (name, expected) => {
    const doc = await openPdf(new Uint8Array(readFileSync(`${DIR}/${name}`)));
    try {
      expect(await hasTrackedMarkup(doc)).toBe(expected);
    } finally {
      await doc.loadingTask.destroy();
    }
  }, 60_000);
});

describe('PDFs without markup', () => {
  it.each([`${DIR}/rev2-clean.pdf`, ...(existsSync(L41) ? [L41] : [])])('%s is not read as tracked changes', async (path) => {
    const reading = await readFile(path);
    expect(reading.tracked).toBe(false);
    expect(reading.document.paragraphs.every((p) => p.changes === undefined && p.status === undefined)).toBe(true);
  }, 60_000);
});

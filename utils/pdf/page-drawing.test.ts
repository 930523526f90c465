// Reading glyph positions, colours and rules out of pdf.js operator lists.
import { describe, expect, it } from 'vitest';
import { pdfjs } from '../../scripts/lib/pdfjs-node';
import { drawingFromOperatorList, OPS } from './page-drawing';

const glyph = (unicode: string, width = 500) => ({ unicode, width, isSpace: unicode === ' ' });

function list(ops: [number, unknown[] | null][]) {
  return { fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) };
}

describe('drawingFromOperatorList', () => {
  it('uses the op codes of the pdf.js it runs with', () => {
    for (const [name, code] of Object.entries(OPS)) expect([name, (pdfjs.OPS as Record<string, number>)[name]]).toEqual([name, code]);
  });

  it('places glyphs by the text matrix, the CTM and the advances, with their fill colour', () => {
    const drawing = drawingFromOperatorList(
      list([
        [OPS.save, null],
        [OPS.transform, [1, 0, 0, 1, 10, 20]],
        [OPS.setFillRGBColor, ['#C69200']],
        [OPS.beginText, null],
        [OPS.setFont, ['f1', 10]],
        [OPS.moveText, [100, 700]],
        [OPS.showText, [[glyph('A'), -500, glyph('b', 250)]]],
        [OPS.endText, null],
        [OPS.restore, null],
        [OPS.beginText, null],
        [OPS.setFont, ['f1', 12]],
        [OPS.setTextMatrix, [1, 0, 0, 1, 50, 60]],
        [OPS.showText, [[glyph('c')]]],
      ]),
    );
    expect(drawing.glyphs).toEqual([
      { str: 'A', x: 110, y: 720, width: 5, size: 10, color: '#c69200' },
      // The TJ adjustment of 500 thousandths moves the pen 5 units further.
      { str: 'b', x: 120, y: 720, width: 2.5, size: 10, color: '#c69200' },
      { str: 'c', x: 50, y: 60, width: 6, size: 12, color: '#000000' },
    ]);
  });

  it('keeps thin horizontal strokes and filled bars as rules, in page space, and drops vertical bars and boxes', () => {
    const drawing = drawingFromOperatorList(
      list([
        [OPS.save, null],
        [OPS.transform, [1, 0, 0, 1, 379.3, 424.4]],
        [OPS.setLineWidth, [0.6]],
        [OPS.setStrokeRGBColor, ['#c69200']],
        // LibreOffice: a stroked line 2.9 above the baseline (strike-through).
        [OPS.constructPath, [OPS.stroke, [[0, 0, 2.9, 1, 63.8, 2.9]], [0, 2.9, 63.8, 2.9]]],
        [OPS.restore, null],
        // Word: a filled rectangle under the baseline (underline), in gray.
        [OPS.setFillGray, [0.5]],
        [OPS.constructPath, [OPS.fill, [[]], [100, 99, 180, 99.5]]],
        // A change bar in the margin and a table cell: not rules.
        [OPS.constructPath, [OPS.stroke, [[]], [60, 400, 60, 440]]],
        [OPS.constructPath, [OPS.fill, [[]], [100, 100, 200, 150]]],
      ]),
    );
    expect(drawing.rules).toEqual([
      { x1: 379.3, x2: expect.closeTo(443.1, 3), y: expect.closeTo(427.3, 3), thickness: 0.6, color: '#c69200' },
      { x1: 100, x2: 180, y: 99.25, thickness: 0.5, color: '#808080' },
    ]);
  });
});

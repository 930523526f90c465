import { describe, expect, it } from 'vitest';
import { buildLines, pageStyle } from './lines';
import { item, line, page } from './test-pages';

const linesOf = (p: ReturnType<typeof page>) => buildLines(p, pageStyle(p));

describe('buildLines', () => {
  it('joins runs by their gaps, not by the spaces pdf.js puts in strings', () => {
    const p = page(
      1,
      [item('We reaffir', 100, 700), item(' ', 145, 700), item('ms our', 145.5, 700)], // a kerned word split in two runs
      [item('commitment', 100, 688), item('to', 160, 688)], // a wide justified gap, no space item
      [item('the body text of the page', 100, 676)],
    );
    expect(linesOf(p).map((l) => l.text)).toEqual(['We reaffirms our', 'commitment to', 'the body text of the page']);
  });

  it('orders lines top to bottom and runs left to right, whatever the content stream order', () => {
    const p = page(1, [item('second', 150, 688), item('line', 100, 700), item('first', 160, 700.4)]);
    expect(linesOf(p).map((l) => l.text)).toEqual(['line first', 'second']);
  });

  it('takes raised footnote markers out of the text', () => {
    const p = page(1, line(700, { str: 'the Sevilla Commitment,', x: 100 }, { str: '1', x: 204, size: 6.5, rise: 3.5 }, { str: 'which renews', x: 210 }));
    const [only] = linesOf(p);
    expect(only?.text).toBe('the Sevilla Commitment, which renews');
  });

  it('marks a footnote line that opens with a raised marker', () => {
    const p = page(1, line(700, { str: 'body text here and there', x: 100 }), line(80, { str: '1', x: 94, size: 5.5, rise: 3 }, { str: 'Resolution 79/323, annex.', x: 100, size: 8.5 }));
    const lines = linesOf(p);
    expect(lines[1]?.startsWithMarker).toBe(true);
    expect(lines[1]?.text).toBe('Resolution 79/323, annex.');
  });

  it('knows which runs are set in another font than the body', () => {
    const p = page(1, line(700, { str: 'Recalling', x: 147, font: 'italic' }, 'its resolution 70/1 and the body text,'), line(688, { str: 'Introduction', x: 123, font: 'bold' }));
    const [pp, heading] = linesOf(p);
    expect(pp?.runs[0]?.styled).toBe(true);
    expect(pp?.runs[1]?.styled).toBe(false);
    expect(heading?.styledShare).toBe(1);
  });

  it('puts back hyphens pdf.js prints after a space ("High -level")', () => {
    const p = page(1, [item('the WSIS+20 Forum High -level Event and the 10 -year review', 100, 700)]);
    expect(linesOf(p)[0]?.text).toBe('the WSIS+20 Forum High-level Event and the 10-year review');
  });
});

import { describe, expect, it } from 'vitest';
import { dropFootnotes } from './footnotes';
import { buildLines, pageStyle } from './lines';
import { createFurnitureFilter } from './running-furniture';
import { line, page } from './test-pages';

const body = (y: number, text = 'the body text of the paragraph, long enough to be body text') => line(y, { str: text, x: 123.4 });

function keptTexts(filter: ReturnType<typeof createFurnitureFilter>, p: ReturnType<typeof page>): string[] {
  const style = pageStyle(p);
  return filter.filter(buildLines(p, style), p.height, style).map((l) => l.text);
}

describe('running furniture', () => {
  it('cleans the first page by pattern and position alone', () => {
    const p = page(
      1,
      line(734, { str: 'United Nations', x: 123, size: 14 }, { str: 'A', x: 500, size: 20 }, { str: '/80/L.41', x: 509 }),
      line(705.6, { str: 'General Assembly', x: 123, size: 20, font: 'bold' }, { str: 'Distr.: Limited', x: 396.8 }),
      line(693.6, { str: '16 December 2025', x: 396.8 }),
      line(669.6, { str: 'Original: English', x: 396.8 }),
      body(500),
      line(44.4, { str: '25-20327 (E)', x: 65 }, { str: '161225', x: 133.8 }),
      line(29.8, { str: '*2520327*', x: 65, size: 12, font: 'bar' }),
    );
    expect(keptTexts(createFurnitureFilter(), p)).toEqual(['the body text of the paragraph, long enough to be body text']);
  });

  it('drops page numbers, symbols and job numbers in the bands of later pages, keeping body lines there', () => {
    const filter = createFurnitureFilter();
    keptTexts(filter, page(1, body(500)));
    const p2 = page(
      2,
      line(733, { str: 'A/RES/80/1', x: 60, size: 8.5, font: 'bold' }),
      body(707.5, 'Welcoming the first line of the page in the top band,'),
      body(71.4, 'and a last line of the page in the bottom band'),
      line(36.7, { str: '2/20', x: 60, size: 8.5, font: 'bold' }, { str: 'GE.25-12345', x: 520, size: 7 }),
    );
    expect(keptTexts(filter, p2)).toEqual(['Welcoming the first line of the page in the top band,', 'and a last line of the page in the bottom band']);
  });

  it('learns a running header no pattern knows from its repetition', () => {
    const filter = createFurnitureFilter();
    const header = (n: number) => line(740, { str: `Outcome document – rev. ${n}`, x: 72 }); // body size, body font
    const results = [1, 2, 3, 4].map((n) => keptTexts(filter, page(n, header(n), body(600))));
    expect(results[0]).toContain('Outcome document – rev. 1'); // nothing says so on the first page
    expect(results[3]).toEqual(['the body text of the paragraph, long enough to be body text']);
  });
});

describe('dropFootnotes', () => {
  const run = (p: ReturnType<typeof page>) => {
    const style = pageStyle(p);
    return dropFootnotes(buildLines(p, style), p.height, style).map((l) => l.text);
  };

  it('drops the footnote block after the rule', () => {
    const p = page(
      1,
      body(500),
      body(488),
      line(100, { str: '__________________', x: 99, size: 8 }),
      line(88, { str: '1', x: 117, size: 5.5, rise: 3 }, { str: 'Resolution 70/1.', x: 123.4, size: 8.5 }),
      line(78, { str: '2', x: 117, size: 5.5, rise: 3 }, { str: 'Ibid.', x: 123.4, size: 8.5 }),
    );
    expect(run(p)).toHaveLength(2);
  });

  it('drops a footnote block printed without a text rule', () => {
    const p = page(1, body(500), body(488), body(476), line(88, { str: '1 See A/C.2/59/3, annex.', x: 123.4, size: 8.5 }), line(78, { str: '2', x: 117, size: 5.5, rise: 3 }, { str: 'Ibid.', x: 123.4, size: 8.5 }));
    expect(run(p)).toHaveLength(3);
  });

  it('keeps body text below a closing rule', () => {
    const p = page(1, body(500), line(480, { str: '__________', x: 250 }), body(460));
    expect(run(p)).toHaveLength(2);
  });
});

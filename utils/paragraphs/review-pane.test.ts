import { describe, expect, it } from 'vitest';
import { segmentPdf } from './from-pdf-text';
import { withoutReviewPane } from './review-pane';
import { line, page } from './test-pages';

const MARGIN = 72;
/** Body text scaled into the left of the page, as Word prints a draft with its markup pane. */
const numbered = (y: number, n: number, text: string) => line(y, { str: `${n}.`, x: MARGIN }, { str: text, x: MARGIN + 24 });
const balloon = (y: number, text: string) => line(y, { str: text, x: 430, size: 8 });

describe('withoutReviewPane', () => {
  const printed = page(
    1,
    numbered(700, 1, 'Reaffirms the outcomes of the World Summit on the Information Society;'),
    balloon(700, 'Formatted: Font: 11 pt'),
    numbered(676, 2, 'Recognizes the importance of meaningful connectivity for all;'),
    balloon(677, 'Deleted: universal'),
    balloon(668, 'and affordable'),
    numbered(652, 3, 'Decides to remain seized of the matter.'),
    balloon(652, 'Commented [A1]: Proposal of the co-facilitators'),
  );

  it('keeps the balloons out of the paragraphs they stand beside', () => {
    const { paragraphs } = segmentPdf([printed]);
    expect(paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['1', 'Reaffirms the outcomes of the World Summit on the Information Society;'],
      ['2', 'Recognizes the importance of meaningful connectivity for all;'],
      ['3', 'Decides to remain seized of the matter.'],
    ]);
  });

  it('drops the whole pane, balloon lines without a label too', () => {
    const kept = withoutReviewPane(printed).items.map((item) => item.str);
    expect(kept.some((str) => /Formatted|Deleted|affordable|Commented/.test(str))).toBe(false);
    expect(kept).toContain('Decides to remain seized of the matter.');
  });

  it('leaves a page without balloons, and the same words in the text, alone', () => {
    const plain = page(
      1,
      numbered(700, 1, 'Notes that the paragraph was Deleted: in the previous draft;'),
      line(688, { str: 'Inserted: text the document itself quotes', x: MARGIN }),
      line(676, { str: 'right-aligned', x: 470 }, { str: 'Deleted', x: 540 }), // no colon: a word
    );
    expect(withoutReviewPane(plain)).toBe(plain);
  });
});

describe('withoutReviewPane in Word set to French or Spanish', () => {
  const first = numbered(700, 1, 'Réaffirme les textes issus du Sommet mondial sur la société de l’information ;');
  const second = numbered(676, 2, 'Reconnaît l’importance d’une connectivité utile pour tous ;');
  const third = numbered(652, 3, 'Décide de rester saisie de la question.');

  it.each([
    ['French', 'Mis en forme : Police :11 pt', 'Supprimé : universelle', 'Commenté [A1]: Proposition des cofacilitateurs'],
    ['Spanish', 'Con formato: Fuente: 11 pt', 'Eliminado: universal', 'Comentado [A1]: Propuesta de los cofacilitadores'],
  ])('reads the paragraphs as if the %s balloons were not there', (_language, formatted, deleted, commented) => {
    const printed = page(1, first, balloon(700, formatted), second, balloon(677, deleted), third, balloon(652, commented));
    const read = segmentPdf([printed]).paragraphs.map((p) => p.text);
    expect(read).toEqual(segmentPdf([page(1, first, second, third)]).paragraphs.map((p) => p.text));
    expect(read).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { createSplitWordJoiner, rejoinSplitWords } from './rejoin-split-words';

describe('rejoinSplitWords', () => {
  it('joins a word that justified text split, when the document spells it whole elsewhere', () => {
    const [first, second] = rejoinSplitWords([
      'We reaffir ms our commitment to the vision of the World Summit,',
      'The Assembly reaffirms its resolution 70/125.',
    ]);
    expect(first).toBe('We reaffirms our commitment to the vision of the World Summit,');
    expect(second).toBe('The Assembly reaffirms its resolution 70/125.');
  });

  it('keeps punctuation around the joined word', () => {
    const [text] = rejoinSplitWords(['the “multistake holder” model,', 'a multistakeholder approach']);
    expect(text).toBe('the “multistakeholder” model,');
  });

  it('leaves real word pairs apart even when their join is a word too', () => {
    const texts = ['We look in to the matter and turn to every one of them.', 'It went into force; everyone agreed.', 'in the way to go'];
    expect(rejoinSplitWords(texts)).toEqual(texts);
  });

  it('leaves a split alone when the document never spells the word whole', () => {
    const texts = ['We reaffir ms our commitment.'];
    expect(rejoinSplitWords(texts)).toEqual(texts);
  });

  it('added text by text, mends an early text by a word spelled whole only later', () => {
    const joiner = createSplitWordJoiner();
    joiner.add('We reaffir ms our commitment to multistake holder cooperation.');
    joiner.add('We look in to the matter.');
    joiner.add('The Assembly reaffirms the multistakeholder model; it went into force.');
    expect(joiner.finish()).toEqual([
      'We reaffirms our commitment to multistakeholder cooperation.',
      'We look in to the matter.',
      'The Assembly reaffirms the multistakeholder model; it went into force.',
    ]);
  });
});

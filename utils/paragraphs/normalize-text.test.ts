import { describe, expect, it } from 'vitest';
import { normalizeParagraphText, normalizeParagraphTexts } from './normalize-text';

describe('normalizeParagraphText', () => {
  it('collapses all kinds of white space to single spaces', () => {
    expect(normalizeParagraphText('  We\u00A0 reaffirm\n\tour\u2009commitment  ')).toBe('We reaffirm our commitment');
  });
  it('drops invisible characters and spells out ligatures', () => {
    expect(normalizeParagraphText('re\u00ADaf\uFB01rm\u200B')).toBe('reaffirm');
  });
  it('removes spaces that joined runs leave before closing and after opening punctuation', () => {
    expect(normalizeParagraphText('resolution 70/1 , ( a ) the “ Agenda ” .')).toBe('resolution 70/1, (a) the “Agenda”.');
  });
});

describe('normalizeParagraphTexts', () => {
  const texts = [
    '  We\u00A0 reaffirm\n\tour\u2009commitment  ',
    're\u00ADaf\uFB01rm\u200B',
    'resolution 70/1 , ( a ) the “ Agenda ” .',
    '',
    ' ( ',
    ', starts with a comma',
    'ends with an opening bracket (',
    '\n\n',
    'a\u0000b', // the separator inside a text: still one result per text
  ];

  it('normalises each text as normalizeParagraphText does, however the texts meet', () => {
    for (let i = 0; i < texts.length; i++) {
      const some = texts.slice(i).concat(texts.slice(0, i));
      expect(normalizeParagraphTexts(some)).toEqual(some.map(normalizeParagraphText));
      const withoutSeparator = some.filter((t) => !t.includes('\u0000'));
      expect(normalizeParagraphTexts(withoutSeparator)).toEqual(withoutSeparator.map(normalizeParagraphText));
    }
    expect(normalizeParagraphTexts([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeParagraphText } from './normalize-text';

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

import { describe, expect, it } from 'vitest';
import { joinLineText } from './hyphenation';

describe('joinLineText', () => {
  it('joins lines with one space', () => {
    expect(joinLineText('We reaffirm our', 'commitment')).toBe('We reaffirm our commitment');
    expect(joinLineText('', 'first line')).toBe('first line');
  });
  it('puts a word broken at the line end back together', () => {
    expect(joinLineText('the sustainable develop-', 'ment of')).toBe('the sustainable development of');
    expect(joinLineText('the informa-', 'tion society')).toBe('the information society');
  });
  it('keeps the hyphen of a compound broken at its hyphen', () => {
    expect(joinLineText('of multi-', 'stakeholder cooperation')).toBe('of multi-stakeholder cooperation');
    expect(joinLineText('including capacity-', 'building')).toBe('including capacity-building');
    expect(joinLineText('small and medium-', 'sized enterprises')).toBe('small and medium-sized enterprises');
    expect(joinLineText('South-', 'South cooperation')).toBe('South-South cooperation');
    expect(joinLineText('the eighty-', 'first session')).toBe('the eighty-first session');
    expect(joinLineText('its pre-', '2015 levels')).toBe('its pre-2015 levels');
  });
});

import { describe, expect, it } from 'vitest';
import { INITIAL_NAVIGATION, findLabel, isNavigationKeyEvent, navigationKey, stepLabel, type NavigationState } from './paragraph-navigation';

const LABELS = ['PP1', 'PP2', '1', '2', '98', '99'];

function press(keys: string[], current: string | null = null, labels = LABELS) {
  let state: NavigationState = INITIAL_NAVIGATION;
  const actions = [];
  for (const key of keys) {
    const result = navigationKey(state, key, labels, current);
    state = result.state;
    actions.push(result.action);
  }
  return { state, actions, last: actions.at(-1) };
}

describe('paragraph navigation', () => {
  it('j and k step through labels in order, clamped at the ends', () => {
    expect(press(['j'], '2').last).toEqual({ type: 'go', label: '98' });
    expect(press(['k'], '1').last).toEqual({ type: 'go', label: 'PP2' });
    expect(press(['j'], '99').last).toEqual({ type: 'go', label: '99' });
    expect(press(['j'], null).last).toEqual({ type: 'go', label: 'PP1' });
    expect(press(['k'], null).last).toEqual({ type: 'go', label: '99' });
  });
  it('g, a number and Enter jump there', () => {
    expect(press(['g', '9', '8', 'Enter']).last).toEqual({ type: 'go', label: '98' });
    expect(press(['g', 'p', 'p', '2', 'Enter']).last).toEqual({ type: 'go', label: 'PP2' });
    expect(press(['g', '9', '9', 'Backspace', '8', 'Enter']).last).toEqual({ type: 'go', label: '98' });
    expect(press(['g', ...'112quater', 'Enter'], null, [...LABELS, '112quater']).last).toEqual({ type: 'go', label: '112quater' });
  });
  it('reports an unknown label and leaves go-to mode', () => {
    const result = press(['g', '5', '0', '0', 'Enter']);
    expect(result.last).toEqual({ type: 'unknown', typed: '500' });
    expect(result.state.typing).toBeNull();
  });
  it('Esc closes the card, or cancels a go-to in progress', () => {
    expect(press(['Escape']).last).toEqual({ type: 'close' });
    const cancelled = press(['g', '9', 'Escape']);
    expect(cancelled.state.typing).toBeNull();
    expect(cancelled.last).toEqual({ type: 'none' });
  });
  it('typing j while in go-to mode types, it does not step', () => {
    expect(press(['g', 'j']).last).toEqual({ type: 'typing', typed: 'j' });
  });
  it('helpers', () => {
    expect(stepLabel([], null, 1)).toBeNull();
    expect(findLabel(LABELS, ' pp1 ')).toBe('PP1');
    expect(findLabel(LABELS, '')).toBeNull();
    const base = { key: 'j', ctrlKey: false, metaKey: false, altKey: false, target: null };
    expect(isNavigationKeyEvent(base)).toBe(true);
    expect(isNavigationKeyEvent({ ...base, ctrlKey: true })).toBe(false);
    expect(isNavigationKeyEvent({ ...base, target: { tagName: 'input' } as unknown as EventTarget })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isPositionLabels, isPositionLabelsRequest, positionLabelsRequest } from './position-labels';

describe('position labels messages', () => {
  it('asks for a known revision of the WSIS+20 family only', () => {
    const request = positionLabelsRequest({ family: 'wsis20-outcome', revision: 'rev2' });
    expect(request).toEqual({ type: 'wsis-lens/position-labels', family: 'wsis20-outcome', revision: 'rev2' });
    expect(isPositionLabelsRequest(request)).toBe(true);
    expect(positionLabelsRequest({ family: 'wsis20-outcome', revision: null })).toBeNull();
    expect(positionLabelsRequest(null)).toBeNull();
  });

  it('refuses malformed requests and answers', () => {
    expect(isPositionLabelsRequest({ type: 'wsis-lens/position-labels', family: 'other', revision: 'rev2' })).toBe(false);
    expect(isPositionLabelsRequest({ type: 'wsis-lens/position-labels', family: 'wsis20-outcome', revision: '<script>' })).toBe(false);
    expect(isPositionLabels({ labels: ['98', 'PP3'] })).toBe(true);
    expect(isPositionLabels({ labels: [98] })).toBe(false);
    expect(isPositionLabels({ ok: false, error: 'x' })).toBe(false);
  });
});

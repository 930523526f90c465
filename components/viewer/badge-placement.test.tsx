import { describe, expect, it } from 'vitest';
import { badgePlacement } from './badge-placement';

/** An unrotated A4 viewport at scale s, as pdf.js builds it (y flipped). */
function viewport(scale: number) {
  const width = 595 * scale;
  const height = 842 * scale;
  return { width, height, convertToViewportPoint: (x: number, y: number) => [x * scale, (842 - y) * scale] };
}

describe('badgePlacement', () => {
  it('puts the badge at the first line, flipping PDF y, the same at every zoom', () => {
    const anchor = { page: 1, x: 72, y: 700, width: 300, height: 12 };
    const atOne = badgePlacement(anchor, viewport(1));
    expect(atOne.leftPercent).toBeCloseTo((72 / 595) * 100);
    expect(atOne.middlePercent).toBeCloseTo(((842 - 706) / 842) * 100);
    expect(badgePlacement(anchor, viewport(2.5))).toEqual(
      expect.objectContaining({ leftPercent: expect.closeTo(atOne.leftPercent, 6), middlePercent: expect.closeTo(atOne.middlePercent, 6) }),
    );
  });
  it('keeps odd anchors on the page', () => {
    expect(badgePlacement({ page: 1, x: -50, y: 2000, width: 1, height: 1 }, viewport(1))).toEqual({ leftPercent: 0, middlePercent: 0 });
    expect(badgePlacement({ page: 1, x: NaN, y: 0, width: 1, height: 1 }, viewport(1)).leftPercent).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { BADGE_HEIGHT, BADGE_WIDTH, LONG_BADGE_ROOM, badgePosition, badgeRunBox, chipPosition, highlightBox, px } from './placement';

const anchor = { box: { left: 200, top: 100, width: 600, height: 48 }, lineHeight: 24, paddingTop: 0, fontSize: 16, isListItem: false };

describe('badgePosition', () => {
  it('puts the badge in the left margin, centred on the first line, in layer coordinates', () => {
    expect(badgePosition(anchor, { x: 0, y: -500 }, 0)).toEqual({ x: 200 - BADGE_WIDTH - 8, y: 600 + 3 });
  });
  it('leaves room for a list marker', () => {
    expect(badgePosition({ ...anchor, isListItem: true }, { x: 0, y: 0 }, 0).x).toBe(200 - BADGE_WIDTH - 8 - 28);
  });
  it('uses 1.2 × font size for line-height: normal, and adds the padding', () => {
    expect(badgePosition({ ...anchor, lineHeight: Number.NaN, paddingTop: 10, fontSize: 20 }, { x: 0, y: 0 }, 0).y).toBe(100 + 10 + 3);
  });
  it('never goes past the document edge', () => {
    expect(badgePosition({ ...anchor, box: { ...anchor.box, left: 10 } }, { x: 0, y: 0 }, 0).x).toBe(2);
  });
});

describe('chipPosition', () => {
  const link = { left: 100, top: 50, width: 200, height: 20 };
  it('goes right after the link, on its line, clipped at the document edge', () => {
    expect(chipPosition(link, link, { x: 0, y: 0 }, 1280)).toEqual({ x: 306, y: 50, maxWidth: 972 });
  });
  it('goes under the link when there is little room on the right', () => {
    expect(chipPosition(link, link, { x: 0, y: 0 }, 500)).toEqual({ x: 100, y: 72, maxWidth: 398 });
  });
  it('follows the last line of a wrapped link, in layer coordinates', () => {
    const last = { left: 0, top: 70, width: 50, height: 24 };
    expect(chipPosition(link, last, { x: -10, y: -100 }, 1280)).toEqual({ x: 66, y: 172, maxWidth: 1212 });
  });
});

describe('helpers', () => {
  it('highlightBox pads the paragraph box', () => {
    expect(highlightBox({ left: 10, top: 20, width: 30, height: 40 }, { x: 5, y: 5 })).toEqual({ left: 1, top: 11, width: 38, height: 48 });
  });
  it('px reads pixel values only', () => {
    expect(px('12.5px')).toBe(12.5);
    expect(px('normal')).toBeNaN();
  });
});

describe('badgeRunBox', () => {
  it('spans every placed badge of the run, whole badges included, and room on the left for long labels', () => {
    expect(badgeRunBox([{ x: 10, y: 100 }, null, { x: 4, y: 160 }])).toEqual({
      left: 4 - LONG_BADGE_ROOM,
      top: 100,
      width: LONG_BADGE_ROOM + 6 + BADGE_WIDTH,
      height: 60 + BADGE_HEIGHT,
    });
  });
  it('is null when the whole run is hidden', () => {
    expect(badgeRunBox([null, null])).toBeNull();
    expect(badgeRunBox([])).toBeNull();
  });
});

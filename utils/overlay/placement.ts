// Where the overlay draws badges, chips and highlights, in the overlay layer's coordinates.
// Pure: the caller reads every rectangle first (one layout), then writes what these return.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const BADGE_WIDTH = 34;
export const BADGE_HEIGHT = 18;
/** Room between a badge and its paragraph's text. */
const BADGE_GAP = 8;
/** A label too long for the badge ("112quater") widens it leftwards, into this much room of its run. */
export const LONG_BADGE_ROOM = 24;
/** An <li>'s number is drawn outside its box: the badge goes left of the marker. */
const LIST_MARKER_ROOM = 28;
const EDGE = 2;
const CHIP_GAP = 6;

export interface BadgeAnchor {
  /** The paragraph element's box (viewport coordinates). */
  box: Box;
  /** Computed line-height in px (NaN for "normal"), padding-top and font-size in px. */
  lineHeight: number;
  paddingTop: number;
  fontSize: number;
  isListItem: boolean;
}

/** Left margin, centred on the paragraph's first line; never left of the document's edge. */
export function badgePosition(anchor: BadgeAnchor, origin: Point, documentLeft: number): Point {
  const line = Number.isFinite(anchor.lineHeight) && anchor.lineHeight > 0 ? anchor.lineHeight : anchor.fontSize * 1.2;
  const indent = anchor.isListItem ? LIST_MARKER_ROOM : 0;
  const x = anchor.box.left - origin.x - BADGE_WIDTH - BADGE_GAP - indent;
  const y = anchor.box.top - origin.y + anchor.paddingTop + (line - BADGE_HEIGHT) / 2;
  return { x: Math.round(Math.max(x, documentLeft + EDGE)), y: Math.round(y) };
}

export const CHIP_HEIGHT = 20;
/** Less room than this right of a link, and the chip goes under it instead. */
const CHIP_MIN_ROOM = 260;

export interface ChipSpot extends Point {
  /** The chip never reaches past the document's right edge (that would widen the page); it clips instead. */
  maxWidth: number;
}

/**
 * Right after the link's last line box; under the link's first line box when there is too little room
 * on the right. No chip width is needed, so the chips need not be laid out before they are placed.
 */
export function chipPosition(first: Box, last: Box, origin: Point, documentRight: number): ChipSpot {
  const right = documentRight - EDGE;
  const x = last.left + last.width - origin.x + CHIP_GAP;
  if (right - x >= CHIP_MIN_ROOM) {
    return { x: Math.round(x), y: Math.round(last.top - origin.y + (last.height - CHIP_HEIGHT) / 2), maxWidth: Math.floor(right - x) };
  }
  const below = Math.max(Math.min(first.left - origin.x, right - CHIP_MIN_ROOM), EDGE);
  return { x: Math.round(below), y: Math.round(last.top + last.height - origin.y + 2), maxWidth: Math.floor(right - below) };
}

/** A box in layer coordinates, a little larger than the paragraph. */
export function highlightBox(box: Box, origin: Point, pad = 4): Box {
  return {
    left: Math.round(box.left - origin.x - pad),
    top: Math.round(box.top - origin.y - pad),
    width: Math.round(box.width + 2 * pad),
    height: Math.round(box.height + 2 * pad),
  };
}

/** "12px" → 12; "normal" → NaN. */
export function px(value: string): number {
  return value.endsWith('px') ? Number.parseFloat(value) : Number.NaN;
}

/**
 * The box around a run of badges (their top-left spots; hidden ones are null), so a run can be one
 * element the browser skips entirely while it is off screen. Null when every badge of the run is hidden.
 */
export function badgeRunBox(spots: readonly (Point | null)[]): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const spot of spots) {
    if (!spot) continue;
    left = Math.min(left, spot.x);
    top = Math.min(top, spot.y);
    right = Math.max(right, spot.x + BADGE_WIDTH);
    bottom = Math.max(bottom, spot.y + BADGE_HEIGHT);
  }
  return left === Infinity ? null : { left: left - LONG_BADGE_ROOM, top, width: right - left + LONG_BADGE_ROOM, height: bottom - top };
}

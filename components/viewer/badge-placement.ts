// Where a paragraph's badge goes on its page, as percentages of the page box, so it stays on the
// paragraph's first line at every zoom level without being re-placed.
import type { PdfBox } from '@/utils/paragraphs/model';

/** The part of a pdf.js PageViewport used here (a viewport at any scale and the page's rotation). */
export interface ViewportLike {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
}

export interface BadgePlacement {
  /** Left edge of the paragraph's first line (the badge sits just left of it). */
  leftPercent: number;
  /** Vertical middle of the first line. */
  middlePercent: number;
}

export function badgePlacement(anchor: PdfBox, viewport: ViewportLike): BadgePlacement {
  // PDF user space has its origin bottom-left; the viewport flips it (and applies rotation/offsets).
  const [x1 = 0, y1 = 0] = viewport.convertToViewportPoint(anchor.x, anchor.y);
  const [x2 = 0, y2 = 0] = viewport.convertToViewportPoint(anchor.x + anchor.width, anchor.y + anchor.height);
  const left = Math.min(x1, x2);
  const middle = (y1 + y2) / 2;
  return {
    leftPercent: clampPercent((left / viewport.width) * 100),
    middlePercent: clampPercent((middle / viewport.height) * 100),
  };
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

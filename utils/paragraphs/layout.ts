// What the document's body text looks like, learnt as pages arrive: the left margin of continuation
// lines, the usual right edge, the baseline pitch, and where paragraph numbers are printed.
import { bump, modeKey, type PdfLine, type PageStyle } from './lines';
import { letterLabel, numberLabel } from './paragraph-labels';

export class Layout {
  private readonly margins = new Map<number, number>();
  private readonly rights = new Map<number, number>();
  private readonly pitches = new Map<number, number>();
  private readonly numberXs = new Map<number, number>();
  private fallbackSize = 10;

  /** Takes in one page's body lines (furniture and footnotes already gone). */
  observe(lines: PdfLine[], style: PageStyle): void {
    this.fallbackSize = style.bodySize;
    let prev: PdfLine | null = null;
    for (const line of lines) {
      const body = Math.abs(line.size - style.bodySize) <= 0.6;
      if (body) {
        // The margin is where continuation lines start: first lines (labelled, or opening with an
        // italic word) and headings sit elsewhere.
        const opening = line.runs[0]?.styled || line.styledShare >= 0.9 || numberLabel(line) || letterLabel(line);
        if (!opening) bump(this.margins, Math.round(line.x));
        bump(this.rights, Math.round(line.right));
        if (prev) {
          const pitch = prev.y - line.y;
          if (pitch >= 0.9 * line.size && pitch <= 2.2 * line.size) bump(this.pitches, Math.round(pitch * 2) / 2);
        }
      }
      prev = body ? line : null;
    }
  }

  /** The x where continuation lines start (the text block's left margin). */
  get margin(): number {
    return modeKey(this.margins) ?? 72;
  }

  get rightEdge(): number {
    return modeKey(this.rights) ?? this.margin + 40 * this.fallbackSize;
  }

  /** Distance between baselines of consecutive lines in a paragraph. */
  get pitch(): number {
    return modeKey(this.pitches) ?? 1.2 * this.fallbackSize;
  }

  noteNumberAt(x: number): void {
    bump(this.numberXs, Math.round(x));
  }

  /** Where accepted paragraph numbers were printed, or null before the first one. */
  get numberX(): number | null {
    return modeKey(this.numberXs) ?? null;
  }
}

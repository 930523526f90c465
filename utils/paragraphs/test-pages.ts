// Builds small PdfPageText pages by hand for unit tests: one call per printed line.
import type { PdfPageText, PdfTextItem } from '../pdf/page-text';

/** Average Times-Roman advance per character at size 1, close enough for layout tests. */
const CHAR = 0.45;

export interface RunSpec {
  str: string;
  x: number;
  font?: string;
  size?: number;
  /** Baseline shift (superscripts). */
  rise?: number;
}

export function item(str: string, x: number, y: number, size = 10, fontName = 'body'): PdfTextItem {
  return { str, x, y, width: str.length * CHAR * size, height: size, fontName, hasEOL: false };
}

/** A line of runs at baseline y; runs without x follow the previous one after a word space. */
export function line(y: number, ...runs: (RunSpec | string)[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  let x = 0;
  for (const run of runs) {
    const spec = typeof run === 'string' ? { str: run, x: -1 } : run;
    const size = spec.size ?? 10;
    const at = spec.x >= 0 ? spec.x : x + (out.length ? 0.3 * 10 : 0);
    const it = item(spec.str, at, y + (spec.rise ?? 0), size, spec.font ?? 'body');
    out.push(it);
    x = at + it.width;
  }
  return out;
}

export function page(pageNumber: number, ...lines: PdfTextItem[][]): PdfPageText {
  return { pageNumber, width: 612, height: 792, items: lines.flat() };
}

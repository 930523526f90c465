// A pdf.js-independent picture of a page's text, so segmentation stays pure and testable.

export interface PdfTextItem {
  str: string;
  /** Baseline origin, PDF user space (origin bottom-left). */
  x: number;
  y: number;
  width: number;
  /** Font size as pdf.js reports it; 0 for pure-space items. */
  height: number;
  /** pdf.js font id; only meaningful within one page. */
  fontName: string;
  hasEOL: boolean;
}

export interface PdfPageText {
  /** 1-based. */
  pageNumber: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface PdfJsTextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

/** Converts pdf.js `getTextContent()` output (items with transforms) to PdfPageText. */
export function toPageText(
  pageNumber: number,
  viewport: { width: number; height: number },
  items: ReadonlyArray<object>,
): PdfPageText {
  const out: PdfTextItem[] = [];
  for (const raw of items) {
    if (!('str' in raw)) continue; // marked-content markers
    const item = raw as PdfJsTextItemLike;
    out.push({
      str: item.str,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      width: item.width,
      height: item.height,
      fontName: item.fontName,
      hasEOL: item.hasEOL,
    });
  }
  return { pageNumber, width: viewport.width, height: viewport.height, items: out };
}

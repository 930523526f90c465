// Indexes paragraphs page by page in reading order from the whole document (not only rendered pages),
// handing each page's paragraphs over as soon as that page's text is known.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { toPageText, type PdfPageText } from '@/utils/pdf/page-text';
import type { Paragraph, PdfBox, SegmentedDocument } from '@/utils/paragraphs/model';
import type { ViewportLike } from './badge-placement';
import { pdfjsLib } from './pdfjs';
import { createPdfSegmenter } from './segmenter';
import type { SharedText } from './shared-text';

export interface IndexerCallbacks {
  /** Paragraphs the segmenter settled after reading `page` (they may start on earlier pages). */
  onParagraphs(paragraphs: Paragraph<PdfBox>[], page: PdfPageText, viewport: ViewportLike): void;
  onProgress(pagesDone: number, pagesTotal: number): void;
}

/**
 * Pages whose text is requested ahead of the one being segmented: the worker extracts page n+1 while
 * the main thread segments page n and draws badges, so indexing costs about what extraction alone does.
 */
const LOOKAHEAD = 6;

export async function indexParagraphs(
  doc: PDFDocumentProxy,
  callbacks: IndexerCallbacks,
  signal: AbortSignal,
  text: SharedText,
): Promise<SegmentedDocument<PdfBox> | null> {
  const segmenter = createPdfSegmenter();
  const total = doc.numPages;
  const requested = new Map<number, Promise<{ pageText: PdfPageText; viewport: ViewportLike }>>();
  const request = (n: number) => {
    if (n > total || requested.has(n)) return;
    const result = doc.getPage(n).then(async (page) => {
      const viewport = page.getViewport({ scale: 1 });
      const { items } = await text.raw(page); // one extraction, shared with the text layer
      const pageText = toPageText(n, viewport, items);
      // The shared copy is not normalised (the text layer wants it so); the index reads what find reads.
      for (const item of pageText.items) item.str = pdfjsLib.normalizeUnicode(item.str);
      return { pageText, viewport };
    });
    result.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
    requested.set(n, result);
  };
  callbacks.onProgress(0, total);
  for (let n = 1; n <= total; n++) {
    if (signal.aborted) return null;
    for (let ahead = n; ahead < n + LOOKAHEAD; ahead++) request(ahead);
    const next = requested.get(n);
    if (!next) break;
    const { pageText, viewport } = await next;
    requested.delete(n);
    callbacks.onParagraphs(segmenter.addPage(pageText), pageText, viewport);
    callbacks.onProgress(n, total);
  }
  return segmenter.finish();
}

/** The first page's text as one string, for content detection. */
export function plainText(page: PdfPageText): string {
  return page.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(' ').replace(/[ \t]+/g, ' ');
}

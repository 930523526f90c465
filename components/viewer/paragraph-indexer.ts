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
  /** Whether the reader's first page is drawn (until then a long document's text is asked for a little at a time). */
  firstPageDrawn(): boolean;
}

/**
 * How far ahead of the page being segmented text is requested. The worker must never wait for the
 * main thread (segmenting, badges, the index, drawing): each page's text costs it a round trip to ask
 * for (the whole page comes back at once, see SharedText), so a worker fed a few pages at a time idles
 * whenever the main thread is busy for longer than those pages take.
 *
 * - A short document is asked for whole at once: its first page is drawn after its text (a second or
 *   so later than it could be), and the index is complete about when extraction alone would be.
 * - A long one is fed MIN_AHEAD pages at a time until the reader's first page is drawn (its drawing
 *   would otherwise queue behind the whole document's text), then about AHEAD_MS of the worker's time.
 */
const WHOLE_DOCUMENT_PAGES = 32;
const MIN_AHEAD = 6;
const AHEAD_MS = 500;

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
      const { items } = await text.raw(page); // one extraction, shared with find
      const pageText = toPageText(n, viewport, items);
      // The shared copy is not normalised (find wants it so); the index reads what find reads, normalised.
      for (const item of pageText.items) item.str = pdfjsLib.normalizeUnicode(item.str);
      return { pageText, viewport };
    });
    result.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
    requested.set(n, result);
  };
  const ahead = (done: number, elapsed: number): number => {
    if (total <= WHOLE_DOCUMENT_PAGES) return total;
    if (!callbacks.firstPageDrawn()) return MIN_AHEAD;
    return Math.max(MIN_AHEAD, Math.ceil(AHEAD_MS / (elapsed / Math.max(1, done))));
  };
  const start = performance.now();
  callbacks.onProgress(0, total);
  for (let n = 1; n <= total; n++) {
    if (signal.aborted) return null;
    const until = n + ahead(n - 1, performance.now() - start);
    for (let page = n; page < until; page++) request(page);
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

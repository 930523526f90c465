import type { PDFDocumentProxy } from 'pdfjs-dist';
import { toPageText, type PdfPageText } from './page-text';

/** Reads the text of every page in order, handing each page over as soon as it is known. */
export async function* readPages(doc: PDFDocumentProxy): AsyncGenerator<PdfPageText> {
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    yield toPageText(n, viewport, content.items);
    page.cleanup();
  }
}

export async function readAllPages(doc: PDFDocumentProxy): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = [];
  for await (const page of readPages(doc)) pages.push(page);
  return pages;
}

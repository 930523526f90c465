// Reads another revision's PDF for comparison, without showing it: download, index every page,
// detect what it is. Progress: download is the first half, indexing the second.
import { contentHash } from '@/utils/db/content-hash';
import { detectDocument } from '@/utils/detect';
import { documentLanguage } from '@/utils/detect/document-language';
import { readPages } from '@/utils/pdf/read-pages';
import { createPdfSegmenter } from '@/utils/paragraphs/from-pdf-text';
import type { IndexedRevision } from '@/utils/revisions/revision-store';
import { downloadPdf } from './load-pdf';
import { plainText } from './paragraph-indexer';
import { pdfjsLib } from './pdfjs';

export async function readRevision(url: string, onProgress: (fraction: number | null) => void): Promise<IndexedRevision<unknown>> {
  const { bytes } = await downloadPdf(url, ({ loaded, total }) => onProgress(total ? (loaded / total) * 0.5 : null));
  const hash = await contentHash(bytes as Uint8Array<ArrayBuffer>);
  const task = pdfjsLib.getDocument({ data: bytes, verbosity: 0 });
  try {
    const doc = await task.promise;
    const segmenter = createPdfSegmenter();
    let firstPage = '';
    for await (const page of readPages(doc)) {
      if (page.pageNumber === 1) firstPage = plainText(page);
      segmenter.addPage(page);
      onProgress(0.5 + (page.pageNumber / doc.numPages) * 0.5);
    }
    const { paragraphs, headings } = segmenter.finish();
    return { hash, url, documentId: detectDocument({ url, text: firstPage }), paragraphs, headings, language: documentLanguage(url, firstPage) };
  } finally {
    await task.destroy();
  }
}

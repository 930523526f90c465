// THROWAWAY stand-in for utils/paragraphs/from-pdf-text (being written elsewhere); deleted when it lands.
import type { PdfPageText } from '@/utils/pdf/page-text';
import type { Paragraph, PdfBox, SegmentedDocument } from '@/utils/paragraphs/model';

export function createPdfSegmenter() {
  const paragraphs: Paragraph<PdfBox>[] = [];
  const seen = new Set<string>();
  return {
    addPage(page: PdfPageText): Paragraph<PdfBox>[] {
      const found: Paragraph<PdfBox>[] = [];
      for (const item of page.items) {
        const match = /^\s*(\d{1,3})\.\s*$/.exec(item.str) ?? /^\s*(\d{1,3})\.\s+\S/.exec(item.str);
        if (!match?.[1] || item.x > page.width * 0.3 || seen.has(match[1])) continue;
        seen.add(match[1]);
        found.push({
          label: match[1],
          kind: 'operative',
          text: item.str,
          page: page.pageNumber,
          heading: null,
          part: 0,
          anchor: { page: page.pageNumber, x: item.x, y: item.y, width: Math.max(item.width, 10), height: item.height || 10 },
        });
      }
      paragraphs.push(...found);
      return found;
    },
    finish(): SegmentedDocument<PdfBox> {
      return { paragraphs, headings: [], title: null };
    },
  };
}

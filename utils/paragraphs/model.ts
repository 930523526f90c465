// One paragraph model shared by the PDF and HTML readers, the CLI and the extension.

export type ParagraphKind = 'operative' | 'preambular';

/** Where a paragraph starts in a PDF, in PDF user-space units (origin bottom-left, as pdf.js reports). */
export interface PdfBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A marked insertion or deletion of a tracked-changes document, as printed. */
export interface TextChange {
  type: 'ins' | 'del';
  text: string;
}

export interface Paragraph<Anchor = PdfBox | null> {
  /** What a reader would cite: "98", "PP3". Unique within a document part (see `part`). */
  label: string;
  kind: ParagraphKind;
  /** Normalised text: one space between words, hyphenation undone, footnote markers removed. */
  text: string;
  /** 1-based page where the paragraph starts (PDF); null for HTML. */
  page: number | null;
  /** The section heading it falls under, or null. */
  heading: string | null;
  /** 0 for the main text, 1 for the first annex, … (annexes restart the numbering). */
  part: number;
  /** PDF: the box of the paragraph's first line (label included); HTML: the element. */
  anchor: Anchor;
  /** Tracked-changes documents only: the paragraph is deleted whole (its text is the deleted text). */
  status?: 'deleted';
  /** Tracked-changes documents only: the insertions and deletions marked in it, in reading order. */
  changes?: TextChange[];
}

export interface Heading<Anchor = PdfBox | null> {
  text: string;
  page: number | null;
  part: number;
  anchor: Anchor;
}

export interface SegmentedDocument<Anchor = PdfBox | null> {
  paragraphs: Paragraph<Anchor>[];
  headings: Heading<Anchor>[];
  /** Text before the first paragraph (title block), used by content detection. */
  title: string | null;
}

// What the connected card knows beyond the paragraph itself: the document it is in, the comparison
// with the previous revision (loaded in the background), and the other revisions at hand. The viewer
// fills it from the PDF it indexed; the card frame on HTML pages from the revision store.
import type { AlignmentUnit } from '@/utils/align';
import { englishVersionUrl, isTranslation, type UnLanguage } from '@/utils/detect/document-language';
import type { DocumentId } from '@/utils/document-id';
import type { RevisionSource } from '@/utils/revisions/previous-revision';
import { textOfRevision, type RevisionText } from '@/utils/revisions/revision-text';

export interface CardParagraph {
  /** "98", or "A1:3" in the first annex. */
  key: string;
  label: string;
  kind: 'operative' | 'preambular';
  heading: string | null;
  page: number | null;
  part: number;
  text: string;
  /** Set on tracked-changes PDFs: the official markup of this paragraph. */
  changes?: readonly { type: 'ins' | 'del'; text: string }[];
  status?: 'deleted';
}

export interface CardDocument {
  /** The original address (the PDF's, or the page's). */
  url: string;
  documentId: DocumentId | null;
  documentName: string;
  revisionName: string | null;
  /** This document's paragraphs once indexed; null while indexing or for an unknown document. */
  text: RevisionText | null;
  /** The document's UN language when known; a translation is never compared with English texts. */
  language?: UnLanguage | null;
}

export type Comparison =
  | { state: 'none'; reason: string }
  | { state: 'loading'; previous: RevisionSource; progress: number | null }
  | { state: 'failed'; previous: RevisionSource; message: string }
  | { state: 'ready'; previous: RevisionSource; previousText: RevisionText; units: AlignmentUnit[] | null };

export interface CardData {
  document: CardDocument;
  comparison: Comparison;
  /** Cached texts of the document's family (this one included when stored), one per revision. */
  revisions: readonly RevisionText[];
  /** Revision addresses learned from DESA pages (see utils/revisions/revision-store). */
  learnedUrls: Readonly<Record<string, string>>;
  /** The extension's viewer page, for links that open another revision at a paragraph. */
  viewerPage: string;
}

export const NO_COMPARISON: Comparison = { state: 'none', reason: 'Not compared yet.' };

/**
 * The text that stands for the shown revision when paragraphs are followed into it (watches, positions,
 * links): the document's own, else the cached one; for a translation only the cached English text of the
 * same revision (paragraph numbers are the same in every language), null when that is not at hand.
 */
export function revisionTextOf(data: Pick<CardData, 'document' | 'revisions'>): RevisionText | null {
  const revision = data.document.documentId?.revision;
  const cached = revision ? textOfRevision(data.revisions, revision) : null;
  return isTranslation(data.document.language) ? cached : (data.document.text ?? cached);
}

/** A translation's English version, where changes between revisions are shown; null for any other document. */
export function englishVersionOf(document: CardDocument): string | null {
  if (!isTranslation(document.language)) return null;
  return englishVersionUrl(document.url, document.documentId?.symbol ?? null);
}

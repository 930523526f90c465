// What the revision logic needs of one revision: where it came from, what it is, its paragraphs.
// A CachedRevision (utils/db/schema) is one; so is a freshly indexed document before it is stored.
import type { DocumentId } from '../document-id';
import type { StoredParagraph } from '../db/schema';

export interface RevisionText {
  /** SHA-256 of the bytes: two texts with one hash are the same revision. */
  hash: string;
  url: string;
  documentId: DocumentId;
  paragraphs: readonly Pick<StoredParagraph, 'label' | 'text' | 'part' | 'kind' | 'heading'>[];
}

/** A revision's text among several: the clean version where both it and the tracked-changes one are at hand. */
export function textOfRevision<T extends RevisionText>(texts: readonly T[], revision: string): T | null {
  return (
    texts.find((text) => text.documentId.revision === revision && text.documentId.variant !== 'tracked') ??
    texts.find((text) => text.documentId.revision === revision) ??
    null
  );
}

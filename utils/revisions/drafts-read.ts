// The revisions the reader has read, newest first, each with the one read before it: the popup's way
// back to a draft, and to what changed in it (the compare view reads both from the store, offline too).
import { compareRevisions, revisionName } from '../catalog';
import type { Revision } from '../document-id';
import type { RevisionText } from './revision-text';

export interface DraftRead {
  revision: Revision;
  name: string;
  url: string;
  date: string | null;
  paragraphs: number;
  /** The revision read before this one, to compare with; null for the earliest. */
  previous: { name: string; url: string } | null;
}

/** `cached`: one text per revision (cachedRevisionsOf). */
export function draftsRead(cached: readonly RevisionText[]): DraftRead[] {
  const named = cached.filter((text): text is RevisionText & { documentId: { revision: Revision } } => !!text.documentId.revision);
  const oldestFirst = [...named].sort((a, b) => compareRevisions(a.documentId.revision, b.documentId.revision));
  const nameOf = (text: RevisionText) => revisionName(text.documentId.revision!, text.documentId.family ?? undefined);
  return oldestFirst
    .map((text, i) => {
      const before = oldestFirst[i - 1];
      return {
        revision: text.documentId.revision,
        name: nameOf(text),
        url: text.url,
        date: text.documentId.date,
        paragraphs: text.paragraphs.length,
        previous: before ? { name: nameOf(before), url: before.url } : null,
      };
    })
    .reverse();
}

// Cached segmented revisions, keyed by the hash of their bytes. A cache: it can always be rebuilt
// from the documents, so writes use relaxed durability (the reader's own data uses strict).

import type { Family, Revision } from '../document-id';
import type { Heading, Paragraph, PdfBox } from '../paragraphs/model';
import type { WsisDb } from './connection';
import type { CachedRevision, StoredHeading, StoredParagraph } from './schema';
import { settleTransaction } from './settle-transaction';

export async function putRevision(db: WsisDb, revision: CachedRevision): Promise<void> {
  const tx = db.transaction('revisions', 'readwrite', { durability: 'relaxed' });
  await settleTransaction([tx.store.put(revision)], tx.done);
}

export function getRevision(db: WsisDb, hash: string): Promise<CachedRevision | undefined> {
  return db.get('revisions', hash);
}

/** Every cached revision fetched from `url` (the same URL may have served several versions). */
export async function findRevisionsByUrl(db: WsisDb, url: string): Promise<CachedRevision[]> {
  return newestFirst(await db.getAllFromIndex('revisions', 'by-url', url));
}

/** Cached revisions of a family, optionally only one revision of it, newest indexed first. */
export async function listRevisions(db: WsisDb, family: Family, revision?: Revision): Promise<CachedRevision[]> {
  const range =
    revision === undefined
      ? // Compound keys sort by family first; [] sorts after every string, closing the range.
        IDBKeyRange.bound([family], [family, []])
      : IDBKeyRange.only([family, revision]);
  return newestFirst(await db.getAllFromIndex('revisions', 'by-family-revision', range));
}

export async function removeRevision(db: WsisDb, hash: string): Promise<void> {
  await db.delete('revisions', hash);
}

/** Paragraphs as they can be stored: PDF boxes are kept, any other anchor (a DOM element) becomes null. */
export function toStoredParagraphs<Anchor>(paragraphs: readonly Paragraph<Anchor>[]): StoredParagraph[] {
  return paragraphs.map((paragraph) => ({ ...paragraph, anchor: asPdfBox(paragraph.anchor) }));
}

export function toStoredHeadings<Anchor>(headings: readonly Heading<Anchor>[]): StoredHeading[] {
  return headings.map((heading) => ({ ...heading, anchor: asPdfBox(heading.anchor) }));
}

function asPdfBox(anchor: unknown): PdfBox | null {
  if (typeof anchor !== 'object' || anchor === null) return null;
  const { page, x, y, width, height } = anchor as Record<string, unknown>;
  if (typeof page !== 'number' || typeof x !== 'number' || typeof y !== 'number') return null;
  if (typeof width !== 'number' || typeof height !== 'number') return null;
  // A fresh object: the anchor may carry more than the box, which need not be cloneable.
  return { page, x, y, width, height };
}

function newestFirst(revisions: CachedRevision[]): CachedRevision[] {
  return revisions.sort((a, b) => (a.indexedAt < b.indexedAt ? 1 : a.indexedAt > b.indexedAt ? -1 : 0));
}

// The reader's watched paragraphs. The reader's own data: every write is strictly durable.

import type { Family, Revision } from '../document-id';
import type { WsisDb } from './connection';
import { STRICT, type Watch, type WatchSighting } from './schema';
import { settleTransaction } from './settle-transaction';

/** What the reader gives when starting to watch a paragraph; the rest is filled in. */
export interface NewWatch {
  family: Family;
  revision: Revision;
  label: string;
  text: string;
  note?: string;
}

/** What may change on a watch after it is made; where it was made never changes. */
export type WatchChanges = Partial<{ note: string; acknowledgedRevision: Revision; lastSeen: WatchSighting | null }>;

export async function addWatch(db: WsisDb, input: NewWatch, now: Date = new Date()): Promise<Watch> {
  const watch: Watch = {
    id: crypto.randomUUID(),
    family: input.family,
    revision: input.revision,
    label: input.label,
    text: input.text,
    note: input.note ?? '',
    createdAt: now.toISOString(),
    acknowledgedRevision: input.revision,
    lastSeen: null,
  };
  const tx = db.transaction('watches', 'readwrite', STRICT);
  await settleTransaction([tx.store.add(watch)], tx.done);
  return watch;
}

export function getWatch(db: WsisDb, id: string): Promise<Watch | undefined> {
  return db.get('watches', id);
}

/** Applies `changes` to the watch, read and written in one transaction; undefined if there is no such watch. */
export async function updateWatch(db: WsisDb, id: string, changes: WatchChanges): Promise<Watch | undefined> {
  const tx = db.transaction('watches', 'readwrite', STRICT);
  let updated: Watch | undefined;
  const work = (async () => {
    const watch = await tx.store.get(id);
    if (watch === undefined) return;
    updated = { ...watch, ...definedOnly(changes) };
    await tx.store.put(updated);
  })();
  await settleTransaction([work], tx.done);
  return updated;
}

export async function removeWatch(db: WsisDb, id: string): Promise<void> {
  const tx = db.transaction('watches', 'readwrite', STRICT);
  await settleTransaction([tx.store.delete(id)], tx.done);
}

/** All watches, or those of one family, oldest first. */
export async function listWatches(db: WsisDb, family?: Family): Promise<Watch[]> {
  const watches = family === undefined ? await db.getAll('watches') : await db.getAllFromIndex('watches', 'by-family', family);
  return watches.sort(byCreatedAt);
}

/** Watches made on this paragraph of this revision (a label is only an address within one revision). */
export async function findWatchesByParagraph(db: WsisDb, family: Family, revision: Revision, label: string): Promise<Watch[]> {
  const watches = await db.getAllFromIndex('watches', 'by-paragraph', [family, revision, label]);
  return watches.sort(byCreatedAt);
}

export type ImportConflict = 'replace' | 'fail';

/**
 * Stores all the watches in ONE transaction: if any write fails, none is kept. With
 * `onConflict: 'fail'` an id already stored is such a failure; with 'replace' it is overwritten.
 */
export async function importWatches(db: WsisDb, watches: readonly Watch[], onConflict: ImportConflict = 'replace'): Promise<void> {
  const tx = db.transaction('watches', 'readwrite', STRICT);
  const writes = watches.map((watch) => (onConflict === 'fail' ? tx.store.add(watch) : tx.store.put(watch)));
  await settleTransaction(writes, tx.done);
}

/** Drops keys whose value is undefined, so `{ note: undefined }` does not erase a note. */
function definedOnly(changes: WatchChanges): WatchChanges {
  const result: WatchChanges = {};
  if (changes.note !== undefined) result.note = changes.note;
  if (changes.acknowledgedRevision !== undefined) result.acknowledgedRevision = changes.acknowledgedRevision;
  if (changes.lastSeen !== undefined) result.lastSeen = changes.lastSeen;
  return result;
}

function byCreatedAt(a: Watch, b: Watch): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

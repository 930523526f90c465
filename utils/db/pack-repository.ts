// Subscribed position packs. A pack's positions are replaced as a whole on each fetch and removed
// with the subscription, each in one transaction over both stores, so the count shown for a pack
// always matches what is stored.

import type { IDBPIndex } from 'idb';
import type { Position, PositionOrigin } from '../positions/model';
import type { WsisDb } from './connection';
import { STRICT, type PackSubscription, type WsisLensDb } from './schema';
import { settleTransaction } from './settle-transaction';

/** The origin a pack's positions are stored under. */
export function packOrigin(url: string): PositionOrigin {
  return `pack:${url}`;
}

export function getPack(db: WsisDb, url: string): Promise<PackSubscription | undefined> {
  return db.get('packs', url);
}

export async function listPacks(db: WsisDb): Promise<PackSubscription[]> {
  return (await db.getAll('packs')).sort((a, b) => a.name.localeCompare(b.name));
}

/** Subscribes (or renames) without touching the pack's stored positions. */
export async function putPack(db: WsisDb, pack: PackSubscription): Promise<void> {
  const tx = db.transaction('packs', 'readwrite', STRICT);
  await settleTransaction([tx.store.put(pack)], tx.done);
}

/**
 * Records a successful fetch: the pack's positions become exactly `positions` (each given the
 * pack's origin) and the subscription its new name, time, ETag and count, all or nothing.
 */
export async function savePackFetch(
  db: WsisDb,
  fetched: { url: string; name: string; etag: string | null; fetchedAt: string },
  positions: readonly Position[],
): Promise<PackSubscription> {
  const origin = packOrigin(fetched.url);
  const pack: PackSubscription = {
    url: fetched.url,
    name: fetched.name,
    lastFetched: fetched.fetchedAt,
    etag: fetched.etag,
    count: positions.length,
  };
  const tx = db.transaction(['packs', 'positions'], 'readwrite', STRICT);
  const positionStore = tx.objectStore('positions');
  const work = (async () => {
    await deleteByOrigin(positionStore.index('by-origin'), origin);
    await Promise.all([
      ...positions.map((position) => positionStore.put({ ...position, origin })),
      tx.objectStore('packs').put(pack),
    ]);
  })();
  await settleTransaction([work], tx.done);
  return pack;
}

/** Unsubscribes and removes the pack's positions, in one transaction. */
export async function removePack(db: WsisDb, url: string): Promise<void> {
  const tx = db.transaction(['packs', 'positions'], 'readwrite', STRICT);
  const work = Promise.all([
    tx.objectStore('packs').delete(url),
    deleteByOrigin(tx.objectStore('positions').index('by-origin'), packOrigin(url)),
  ]);
  await settleTransaction([work], tx.done);
}

type PositionsByOrigin = IDBPIndex<WsisLensDb, ('packs' | 'positions')[], 'positions', 'by-origin', 'readwrite'>;

async function deleteByOrigin(index: PositionsByOrigin, origin: PositionOrigin): Promise<void> {
  let cursor = await index.openCursor(origin);
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
}

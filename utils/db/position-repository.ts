// Stored positions: the reader's own (origin "own") and those of subscribed packs ("pack:<url>").
// Bundled positions ship with the extension and are read from its files, not stored here.
// Stored as given: checking a position is validate.ts's job, done before it reaches here.

import type { Family, Revision } from '../document-id';
import type { Position, PositionOrigin } from '../positions/model';
import type { WsisDb } from './connection';
import { STRICT } from './schema';
import { settleTransaction } from './settle-transaction';

export async function putPosition(db: WsisDb, position: Position): Promise<void> {
  const tx = db.transaction('positions', 'readwrite', STRICT);
  await settleTransaction([tx.store.put(position)], tx.done);
}

export function getPosition(db: WsisDb, origin: PositionOrigin, id: string): Promise<Position | undefined> {
  return db.get('positions', [origin, id]);
}

export async function removePosition(db: WsisDb, origin: PositionOrigin, id: string): Promise<void> {
  const tx = db.transaction('positions', 'readwrite', STRICT);
  await settleTransaction([tx.store.delete([origin, id])], tx.done);
}

/** Positions made on one revision of a family, whatever their origin. */
export function listPositionsByRevision(db: WsisDb, family: Family, revision: Revision): Promise<Position[]> {
  return db.getAllFromIndex('positions', 'by-family-revision', [family, revision]);
}

/** Positions of one origin: the reader's own, or one pack's. */
export function listPositionsByOrigin(db: WsisDb, origin: PositionOrigin): Promise<Position[]> {
  return db.getAllFromIndex('positions', 'by-origin', origin);
}

/** Stores many positions in ONE transaction: if any write fails, none is kept. */
export async function putPositions(db: WsisDb, positions: readonly Position[]): Promise<void> {
  const tx = db.transaction('positions', 'readwrite', STRICT);
  await settleTransaction(
    positions.map((position) => tx.store.put(position)),
    tx.done,
  );
}

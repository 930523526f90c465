// The schema's history as a ladder: step N turns a version N-1 database into version N. Opening
// runs the steps from the stored version + 1 to the current one, in the one versionchange
// transaction, so a database of any earlier version arrives at the same shape, or (if a step
// fails) stays exactly as it was. A shipped step never changes; a new schema is a new step.

import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Revision } from '../document-id';
import type { Watch, WsisLensDb } from './schema';

export type UpgradeTransaction = IDBPTransaction<WsisLensDb, StoreNames<WsisLensDb>[], 'versionchange'>;
export type UpgradeStep = (db: IDBPDatabase<WsisLensDb>, tx: UpgradeTransaction) => void | Promise<void>;

/** Version 1: the revision cache and settings. */
const createRevisionsAndSettings: UpgradeStep = (db) => {
  const revisions = db.createObjectStore('revisions', { keyPath: 'hash' });
  revisions.createIndex('by-url', 'url');
  // Revisions whose family or revision is unknown (null) are simply absent from this index.
  revisions.createIndex('by-family-revision', ['documentId.family', 'documentId.revision']);
  db.createObjectStore('settings');
};

/** Version 2: watched paragraphs (without `acknowledgedRevision`, which came in version 3). */
const createWatches: UpgradeStep = (db) => {
  const watches = db.createObjectStore('watches', { keyPath: 'id' });
  watches.createIndex('by-family', 'family');
  watches.createIndex('by-paragraph', ['family', 'revision', 'label']);
};

/** A watch as version 2 stored it. */
type WatchBeforeVersion3 = Omit<Watch, 'acknowledgedRevision'> & { acknowledgedRevision?: Revision };

/** Version 3: positions and packs; every watch gets `acknowledgedRevision`, defaulting to its own revision. */
const createPositionsAndPacks: UpgradeStep = async (db, tx) => {
  const positions = db.createObjectStore('positions', { keyPath: ['origin', 'id'] });
  positions.createIndex('by-family-revision', ['family', 'revision']);
  positions.createIndex('by-origin', 'origin');
  db.createObjectStore('packs', { keyPath: 'url' });

  let cursor = await tx.objectStore('watches').openCursor();
  while (cursor) {
    const watch: WatchBeforeVersion3 = cursor.value;
    if (watch.acknowledgedRevision === undefined) {
      const migrated: Watch = { ...watch, acknowledgedRevision: watch.revision };
      await cursor.update(migrated);
    }
    cursor = await cursor.continue();
  }
};

/** UPGRADE_STEPS[i] produces version i + 1. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [createRevisionsAndSettings, createWatches, createPositionsAndPacks];

export const CURRENT_VERSION = UPGRADE_STEPS.length;

/**
 * Runs the steps that take a database from `oldVersion` to `newVersion`, one after another.
 * A failing step aborts the versionchange transaction, so nothing of the upgrade is kept.
 */
export function applyUpgrades(
  db: IDBPDatabase<WsisLensDb>,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
  steps: readonly UpgradeStep[] = UPGRADE_STEPS,
): Promise<void> {
  if (newVersion > steps.length) {
    return Promise.reject(new RangeError(`no upgrade step to version ${newVersion} (the ladder ends at ${steps.length})`));
  }
  let chain = Promise.resolve();
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version - 1];
    if (step === undefined) continue;
    // Chained, not awaited in a loop from outside: each step starts while the transaction is
    // still active (inside the previous request's success), as IndexedDB requires.
    chain = chain.then(() => step(db, tx));
  }
  return chain.catch((error: unknown) => {
    // The open request reports the failure; the aborted transaction's own promise need not.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    throw error;
  });
}

import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DatabaseConnection, type WsisDb } from './connection';
import { DatabaseUpgradeError } from './errors';
import { createDatabaseAtVersion, writeHistoricalDatabase, type HistoricalData, type WatchVersion2 } from './historical-schemas.fixture';
import { getPack, putPack } from './pack-repository';
import { getPosition, putPosition } from './position-repository';
import { findRevisionsByUrl, getRevision, listRevisions } from './revision-cache';
import { isBoolean, getSetting, listSettings } from './settings';
import { sampleRevision, samplePosition, uniqueDbName, useFreshIndexedDb } from './test-support';
import { CURRENT_VERSION, UPGRADE_STEPS } from './upgrade-ladder';
import { findWatchesByParagraph, listWatches } from './watch-repository';

useFreshIndexedDb();

const revisions = [
  sampleRevision(),
  sampleRevision({
    hash: 'b'.repeat(64),
    url: 'https://www.un.org/wsis20/rev2.pdf',
    documentId: { family: 'wsis20-outcome', revision: 'rev2', variant: 'tracked', symbol: null, date: '2025-11-07', title: null },
    indexedAt: '2025-11-08T10:00:00.000Z',
  }),
  // A document detection could not place: kept, just absent from the family index.
  sampleRevision({
    hash: 'c'.repeat(64),
    url: 'https://example.org/unknown.pdf',
    documentId: { family: null, revision: null, variant: null, symbol: null, date: null, title: null },
  }),
];
const settings = { interceptPdfs: false, lastOpenedRevision: 'rev2', panel: { width: 320, pinned: true } };
const watchesV2: WatchVersion2[] = [
  {
    id: 'w-1',
    family: 'wsis20-outcome',
    revision: 'zero-draft',
    label: '98',
    text: 'Decides to renew the mandate of the Internet Governance Forum;',
    note: '',
    createdAt: '2025-08-30T12:00:00.000Z',
    lastSeen: null,
  },
  {
    id: 'w-2',
    family: 'wsis20-outcome',
    revision: 'rev1',
    label: 'PP3',
    text: 'Reaffirming the multistakeholder nature of the Information Society,',
    note: 'Our main ask.',
    createdAt: '2025-10-01T08:00:00.000Z',
    lastSeen: { revision: 'rev2', label: null, status: 'removed' },
  },
];

async function openCurrent(name: string): Promise<{ connection: DatabaseConnection; db: WsisDb }> {
  const connection = new DatabaseConnection({ name });
  return { connection, db: await connection.getDb() };
}

/** Stores, key paths and indexes, as comparable plain data. */
function describeSchema(db: WsisDb): unknown {
  const storeNames = [...db.objectStoreNames].sort();
  const tx = db.transaction(storeNames, 'readonly');
  return storeNames.map((storeName) => {
    const store = tx.objectStore(storeName);
    const indexes = [...store.indexNames].sort().map((indexName) => {
      const index = store.index(indexName);
      return { indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    return { storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
}

describe('upgrade ladder', () => {
  it('has one step per version and the current version is its length', () => {
    expect(CURRENT_VERSION).toBe(3);
    expect(UPGRADE_STEPS).toHaveLength(CURRENT_VERSION);
  });

  it('gives a database upgraded from every earlier version the same schema as a fresh one', async () => {
    const freshName = uniqueDbName();
    const fresh = await openCurrent(freshName);
    const expected = describeSchema(fresh.db);
    fresh.connection.close();
    for (const version of [1, 2]) {
      const name = uniqueDbName();
      await createDatabaseAtVersion(name, version);
      const upgraded = await openCurrent(name);
      expect(upgraded.db.version).toBe(CURRENT_VERSION);
      expect(describeSchema(upgraded.db), `upgraded from version ${version}`).toEqual(expected);
      upgraded.connection.close();
    }
  });

  describe.each([1, 2] as const)('opening data written by version %i', (version) => {
    const data: HistoricalData = { revisions, settings, watches: version >= 2 ? watchesV2 : [] };

    it('keeps every record, migrates watches and leaves the new stores usable', async () => {
      const name = uniqueDbName();
      await writeHistoricalDatabase(name, version, data);
      const { connection, db } = await openCurrent(name);
      expect(db.version).toBe(CURRENT_VERSION);

      // Revisions: every record intact, both indexes answer.
      for (const revision of revisions) expect(await getRevision(db, revision.hash)).toEqual(revision);
      expect(await findRevisionsByUrl(db, 'https://www.un.org/wsis20/rev2.pdf')).toEqual([revisions[1]]);
      expect((await listRevisions(db, 'wsis20-outcome')).map((revision) => revision.hash)).toEqual(['a'.repeat(64), 'b'.repeat(64)]);

      // Settings: all of them, values unchanged.
      expect(await listSettings(db)).toEqual(settings);
      expect(await getSetting(db, 'interceptPdfs', isBoolean, true)).toBe(false);

      // Watches: version 3 added acknowledgedRevision, defaulting to where the watch was made.
      const expectedWatches = data.watches.map((watch) => ({ ...watch, acknowledgedRevision: watch.revision }));
      expect(await listWatches(db)).toEqual(expectedWatches);
      if (version >= 2) expect(await findWatchesByParagraph(db, 'wsis20-outcome', 'rev1', 'PP3')).toEqual([expectedWatches[1]]);

      // The stores version 3 added work.
      await putPosition(db, samplePosition());
      expect(await getPosition(db, 'own', 'own-1')).toEqual(samplePosition());
      await putPack(db, { url: 'https://example.org/pack.json', name: 'Pack', lastFetched: null, etag: null, count: 0 });
      expect(await getPack(db, 'https://example.org/pack.json')).toBeDefined();
      connection.close();
    });
  });

  it('rolls a failing step back completely: the old version and its data stay as they were', async () => {
    const name = uniqueDbName();
    await writeHistoricalDatabase(name, 2, { revisions, settings, watches: watchesV2 });
    const failingStep = async () => {
      throw new Error('disk on fire');
    };
    const connection = new DatabaseConnection({ name, steps: [...UPGRADE_STEPS, failingStep] });
    const failure = connection.getDb();
    await expect(failure).rejects.toBeInstanceOf(DatabaseUpgradeError);
    await expect(failure).rejects.toThrow(/from version 2 to 4; nothing was changed\. Reason: disk on fire/);

    const after = await openDB(name);
    expect(after.version).toBe(2);
    expect([...after.objectStoreNames].sort()).toEqual(['revisions', 'settings', 'watches']);
    expect(await after.getAll('watches')).toEqual(watchesV2);
    after.close();
  });
});

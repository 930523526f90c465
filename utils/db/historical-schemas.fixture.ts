// For the migration tests: databases as earlier releases left them. The schema of version v is
// built by the ladder's own steps 1..v (a shipped step never changes); the data is written
// through the record shapes of that version, typed here, so the test writes what v really stored.

import { openDB, type DBSchema } from 'idb';
import type { Family, Revision } from '../document-id';
import type { CachedRevision, SettingValue, WatchSighting, WsisLensDb } from './schema';
import { applyUpgrades } from './upgrade-ladder';

export interface WsisLensDbVersion1 extends DBSchema {
  revisions: { key: string; value: CachedRevision; indexes: { 'by-url': string; 'by-family-revision': [Family, Revision] } };
  settings: { key: string; value: SettingValue };
}

/** A watch as version 2 stored it: no `acknowledgedRevision` yet. */
export interface WatchVersion2 {
  id: string;
  family: Family;
  revision: Revision;
  label: string;
  text: string;
  note: string;
  createdAt: string;
  lastSeen: WatchSighting | null;
}

export interface WsisLensDbVersion2 extends WsisLensDbVersion1 {
  watches: { key: string; value: WatchVersion2; indexes: { 'by-family': Family; 'by-paragraph': [Family, Revision, string] } };
}

/** Creates database `name` with the schema of `version`, empty, and closes it. */
export async function createDatabaseAtVersion(name: string, version: number): Promise<void> {
  const db = await openDB<WsisLensDb>(name, version, {
    upgrade: (database, oldVersion, _newVersion, tx) => {
      void applyUpgrades(database, tx, oldVersion, version);
    },
  });
  db.close();
}

export interface HistoricalData {
  revisions: CachedRevision[];
  settings: Record<string, SettingValue>;
  watches: WatchVersion2[];
}

/** Creates `name` at `version` and writes `data` as that version would have (watches only from v2). */
export async function writeHistoricalDatabase(name: string, version: 1 | 2, data: HistoricalData): Promise<void> {
  await createDatabaseAtVersion(name, version);
  if (version === 1) {
    const db = await openDB<WsisLensDbVersion1>(name, 1);
    const tx = db.transaction(['revisions', 'settings'], 'readwrite');
    await Promise.all([
      ...data.revisions.map((revision) => tx.objectStore('revisions').put(revision)),
      ...Object.entries(data.settings).map(([key, value]) => tx.objectStore('settings').put(value, key)),
      tx.done,
    ]);
    db.close();
    return;
  }
  const db = await openDB<WsisLensDbVersion2>(name, 2);
  const tx = db.transaction(['revisions', 'settings', 'watches'], 'readwrite');
  await Promise.all([
    ...data.revisions.map((revision) => tx.objectStore('revisions').put(revision)),
    ...Object.entries(data.settings).map(([key, value]) => tx.objectStore('settings').put(value, key)),
    ...data.watches.map((watch) => tx.objectStore('watches').put(watch)),
    tx.done,
  ]);
  db.close();
}

import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { deleteDB, openDB, unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseConnection, type StaleReason, type WsisDb } from './connection';
import { DatabaseBlockedError, DatabaseTooNewError } from './errors';
import { createDatabaseAtVersion } from './historical-schemas.fixture';
import { uniqueDbName, useFreshIndexedDb } from './test-support';
import { CURRENT_VERSION } from './upgrade-ladder';
import { addWatch, listWatches } from './watch-repository';

useFreshIndexedDb();

/** What the browser does on a fault. fake-indexeddb 6.2.8 declares the parameter as the class, not an instance. */
function terminate(db: WsisDb): void {
  forceCloseDatabase(unwrap(db) as unknown as Parameters<typeof forceCloseDatabase>[0]);
}

const newWatch = { family: 'wsis20-outcome', revision: 'rev2', label: '98', text: 'Decides…' } as const;

describe('DatabaseConnection', () => {
  it('opens lazily, once, at the current version', async () => {
    const connection = new DatabaseConnection({ name: uniqueDbName() });
    const [first, second] = await Promise.all([connection.getDb(), connection.getDb()]);
    expect(first).toBe(second);
    expect(first.version).toBe(CURRENT_VERSION);
    connection.close();
  });

  it('closes at once when another context upgrades, and its next call says the data is newer', async () => {
    const name = uniqueDbName();
    const reasons: StaleReason[] = [];
    const connection = new DatabaseConnection({ name, onStale: (reason) => reasons.push(reason) });
    const db = await connection.getDb();

    // A newer release in another tab: its open must not be blocked by ours.
    const blocked = vi.fn();
    const newer = await openDB(name, CURRENT_VERSION + 1, { blocked });
    expect(blocked).not.toHaveBeenCalled();
    expect(connection.staleReason(db)).toBe('another-context-upgrades');
    expect(reasons).toEqual(['another-context-upgrades']);
    newer.close();

    await expect(connection.getDb()).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(connection.getDb()).rejects.toThrow(/Reload this page/);
  });

  it('closes when another context deletes the database, and its next call reopens a fresh one', async () => {
    const name = uniqueDbName();
    const connection = new DatabaseConnection({ name });
    const first = await connection.getDb();
    await addWatch(first, newWatch);

    await deleteDB(name);
    expect(connection.staleReason(first)).toBe('another-context-upgrades');

    const second = await connection.getDb();
    expect(second).not.toBe(first);
    expect(second.version).toBe(CURRENT_VERSION);
    expect(await listWatches(second)).toEqual([]);
    connection.close();
  });

  it('withDb runs the work again on a fresh handle when the handle went stale under it', async () => {
    const name = uniqueDbName();
    const connection = new DatabaseConnection({ name });
    let attempts = 0;
    const watch = await connection.withDb(async (db) => {
      attempts += 1;
      // The first attempt loses its connection before it writes (another context resets the data).
      if (attempts === 1) await deleteDB(name);
      return addWatch(db, newWatch);
    });
    expect(attempts).toBe(2);
    expect(await connection.withDb((db) => listWatches(db))).toEqual([watch]);
    connection.close();
  });

  it('withDb does not retry work that failed for another reason', async () => {
    const connection = new DatabaseConnection({ name: uniqueDbName() });
    const work = vi.fn(async () => {
      throw new Error('bad input');
    });
    await expect(connection.withDb(work)).rejects.toThrow('bad input');
    expect(work).toHaveBeenCalledTimes(1);
    connection.close();
  });

  it('reports an upgrade held up by a context that does not close, then succeeds once it does', async () => {
    const name = uniqueDbName();
    await createDatabaseAtVersion(name, 2);
    // An old context with no versionchange handler: it keeps the version 2 connection open.
    const stubborn = await openDB(name, 2);
    const connection = new DatabaseConnection({ name, blockedTimeoutMs: 20 });

    const attempt = connection.getDb();
    await expect(attempt).rejects.toBeInstanceOf(DatabaseBlockedError);
    await expect(attempt).rejects.toThrow(/another WSIS Lens tab or window still has it open/);

    stubborn.close();
    const db = await connection.getDb();
    expect(db.version).toBe(CURRENT_VERSION);
    connection.close();
  });

  it('close() makes the handle stale without notifying, and the next call reopens', async () => {
    const onStale = vi.fn();
    const connection = new DatabaseConnection({ name: uniqueDbName(), onStale });
    const first = await connection.getDb();
    connection.close();
    expect(connection.staleReason(first)).toBe('closed');
    expect(onStale).not.toHaveBeenCalled();
    const second = await connection.getDb();
    expect(second).not.toBe(first);
    connection.close();
  });

  it('when the browser terminates the connection, marks it stale and the next call reopens', async () => {
    const reasons: StaleReason[] = [];
    const connection = new DatabaseConnection({ name: uniqueDbName(), onStale: (reason) => reasons.push(reason) });
    const first = await connection.getDb();
    await addWatch(first, newWatch);

    terminate(first);
    expect(connection.staleReason(first)).toBe('terminated');
    expect(reasons).toEqual(['terminated']);

    const second = await connection.getDb();
    expect(second).not.toBe(first);
    expect(await listWatches(second)).toHaveLength(1);
    connection.close();
  });

  it('withDb retries on a fresh handle when the connection was terminated during the work', async () => {
    const connection = new DatabaseConnection({ name: uniqueDbName() });
    let attempts = 0;
    await connection.withDb(async (db) => {
      attempts += 1;
      if (attempts === 1) terminate(db);
      return addWatch(db, newWatch);
    });
    expect(attempts).toBe(2);
    expect(await connection.withDb((db) => listWatches(db))).toHaveLength(1);
    connection.close();
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseConnection, type WsisDb } from './connection';
import { getPack, listPacks, packOrigin, putPack, removePack, savePackFetch } from './pack-repository';
import { listPositionsByOrigin, putPosition } from './position-repository';
import { samplePosition, uniqueDbName, useFreshIndexedDb } from './test-support';

useFreshIndexedDb();
let db: WsisDb;
beforeEach(async () => {
  db = await new DatabaseConnection({ name: uniqueDbName() }).getDb();
  return () => db.close();
});

const url = 'https://example.org/packs/civil-society.json';

describe('pack repository', () => {
  it('subscribes, lists by name and removes', async () => {
    await putPack(db, { url, name: 'Civil society', lastFetched: null, etag: null, count: 0 });
    await putPack(db, { url: 'https://example.org/a.json', name: 'Academia', lastFetched: null, etag: null, count: 0 });
    expect((await listPacks(db)).map((pack) => pack.name)).toEqual(['Academia', 'Civil society']);
    await removePack(db, 'https://example.org/a.json');
    expect(await getPack(db, 'https://example.org/a.json')).toBeUndefined();
  });

  it("replaces a pack's positions as a whole on each fetch, giving them the pack's origin", async () => {
    const own = samplePosition();
    await putPosition(db, own);
    await savePackFetch(db, { url, name: 'CS', etag: '"v1"', fetchedAt: '2025-11-01T00:00:00.000Z' }, [
      samplePosition({ id: 'p1' }),
      samplePosition({ id: 'p2' }),
    ]);
    const pack = await savePackFetch(db, { url, name: 'Civil society', etag: '"v2"', fetchedAt: '2025-11-02T00:00:00.000Z' }, [
      samplePosition({ id: 'p2', summary: 'Updated.' }),
    ]);
    expect(pack).toEqual({ url, name: 'Civil society', lastFetched: '2025-11-02T00:00:00.000Z', etag: '"v2"', count: 1 });
    expect(await getPack(db, url)).toEqual(pack);
    expect(await listPositionsByOrigin(db, packOrigin(url))).toEqual([samplePosition({ id: 'p2', summary: 'Updated.', origin: packOrigin(url) })]);
    expect(await listPositionsByOrigin(db, 'own')).toEqual([own]);
  });

  it("removing a pack removes its positions and nobody else's", async () => {
    await savePackFetch(db, { url, name: 'CS', etag: null, fetchedAt: '2025-11-01T00:00:00.000Z' }, [samplePosition({ id: 'p1' })]);
    await putPosition(db, samplePosition());
    await removePack(db, url);
    expect(await getPack(db, url)).toBeUndefined();
    expect(await listPositionsByOrigin(db, packOrigin(url))).toEqual([]);
    expect(await listPositionsByOrigin(db, 'own')).toHaveLength(1);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseConnection, type WsisDb } from './connection';
import { getPosition, listPositionsByOrigin, listPositionsByRevision, putPosition, putPositions, removePosition } from './position-repository';
import { samplePosition, uniqueDbName, useFreshIndexedDb } from './test-support';

useFreshIndexedDb();
let db: WsisDb;
beforeEach(async () => {
  db = await new DatabaseConnection({ name: uniqueDbName() }).getDb();
  return () => db.close();
});

describe('position repository', () => {
  const own = samplePosition();
  // The same id in a pack is another position: ids are unique only within one origin.
  const fromPack = samplePosition({ origin: 'pack:https://example.org/pack.json', stakeholder: 'Civil society coalition', stance: 'supports' });
  const otherRevision = samplePosition({ id: 'own-2', revision: 'final', paragraphs: ['101'] });

  it('puts, gets by origin and id, updates and removes', async () => {
    await putPositions(db, [own, fromPack]);
    expect(await getPosition(db, 'own', own.id)).toEqual(own);
    expect(await getPosition(db, fromPack.origin, own.id)).toEqual(fromPack);
    await putPosition(db, { ...own, summary: 'Revised.' });
    expect((await getPosition(db, 'own', own.id))?.summary).toBe('Revised.');
    await removePosition(db, 'own', own.id);
    expect(await getPosition(db, 'own', own.id)).toBeUndefined();
    expect(await getPosition(db, fromPack.origin, own.id)).toEqual(fromPack);
  });

  it('lists by revision and by origin', async () => {
    await putPositions(db, [own, fromPack, otherRevision]);
    expect(await listPositionsByRevision(db, 'wsis20-outcome', 'rev2')).toHaveLength(2);
    expect(await listPositionsByRevision(db, 'wsis20-outcome', 'final')).toEqual([otherRevision]);
    expect(await listPositionsByOrigin(db, 'own')).toEqual([own, otherRevision]);
    expect(await listPositionsByOrigin(db, fromPack.origin)).toEqual([fromPack]);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseConnection, type WsisDb } from './connection';
import { sampleWatch, uniqueDbName, useFreshIndexedDb } from './test-support';
import { addWatch, findWatchesByParagraph, getWatch, importWatches, listWatches, removeWatch, updateWatch } from './watch-repository';

useFreshIndexedDb();
let db: WsisDb;
beforeEach(async () => {
  db = await new DatabaseConnection({ name: uniqueDbName() }).getDb();
  return () => db.close();
});

const paragraph98 = { family: 'wsis20-outcome', revision: 'rev1', label: '98', text: 'Decides that the IGF…' } as const;

describe('watch repository', () => {
  it('adds a watch acknowledged at its own revision and not yet seen elsewhere', async () => {
    const watch = await addWatch(db, { ...paragraph98, note: 'funding' }, new Date('2025-10-01T08:00:00Z'));
    expect(watch).toMatchObject({ ...paragraph98, note: 'funding', createdAt: '2025-10-01T08:00:00.000Z', acknowledgedRevision: 'rev1', lastSeen: null });
    expect(watch.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getWatch(db, watch.id)).toEqual(watch);
  });

  it('updates only what is given, and reports a missing watch as undefined', async () => {
    const watch = await addWatch(db, { ...paragraph98, note: 'keep me' });
    const sighting = { revision: 'rev2', label: '101', status: 'changed' } as const;
    const updated = await updateWatch(db, watch.id, { lastSeen: sighting, note: undefined });
    expect(updated).toEqual({ ...watch, lastSeen: sighting });
    expect(await getWatch(db, watch.id)).toEqual(updated);
    expect(await updateWatch(db, 'no-such-watch', { note: 'x' })).toBeUndefined();
    expect(await getWatch(db, 'no-such-watch')).toBeUndefined();
  });

  it('lists by family, finds by paragraph, removes', async () => {
    const first = await addWatch(db, paragraph98, new Date('2025-10-01T08:00:00Z'));
    const second = await addWatch(db, { ...paragraph98, label: 'PP3' }, new Date('2025-10-02T08:00:00Z'));
    const sameLabelOtherRevision = await addWatch(db, { ...paragraph98, revision: 'rev2' }, new Date('2025-10-03T08:00:00Z'));
    expect(await listWatches(db)).toEqual([first, second, sameLabelOtherRevision]);
    expect(await listWatches(db, 'wsis20-outcome')).toHaveLength(3);
    expect(await findWatchesByParagraph(db, 'wsis20-outcome', 'rev1', '98')).toEqual([first]);
    await removeWatch(db, first.id);
    expect(await listWatches(db)).toEqual([second, sameLabelOtherRevision]);
  });

  it('imports many watches in one transaction: one failure and none is kept', async () => {
    const existing = sampleWatch({ id: 'w-existing' });
    await importWatches(db, [existing]);
    const batch = [sampleWatch({ id: 'w-new-1' }), sampleWatch({ id: 'w-existing', note: 'changed' }), sampleWatch({ id: 'w-new-2' })];
    await expect(importWatches(db, batch, 'fail')).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await listWatches(db)).toEqual([existing]);

    await importWatches(db, batch, 'replace');
    expect((await listWatches(db)).map((watch) => [watch.id, watch.note])).toEqual([
      ['w-existing', 'changed'],
      ['w-new-1', existing.note],
      ['w-new-2', existing.note],
    ]);
  });
});

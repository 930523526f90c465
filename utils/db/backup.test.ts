import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, type BackupFile } from './backup';
import { DatabaseConnection, type WsisDb } from './connection';
import { savePackFetch } from './pack-repository';
import { listPositionsByOrigin, putPositions } from './position-repository';
import { samplePosition, sampleWatch, uniqueDbName, useFreshIndexedDb } from './test-support';
import { importWatches, listWatches } from './watch-repository';

useFreshIndexedDb();

async function freshDb(): Promise<WsisDb> {
  return new DatabaseConnection({ name: uniqueDbName() }).getDb();
}

const watches = [
  sampleWatch(),
  sampleWatch({ id: 'watch-2', label: 'PP3', note: '', lastSeen: null, createdAt: '2025-10-02T08:00:00.000Z' }),
  sampleWatch({ id: 'watch-3', revision: 'zero-draft', acknowledgedRevision: 'rev2', lastSeen: { revision: 'rev3', label: null, status: 'removed' }, createdAt: '2025-10-03T08:00:00.000Z' }),
];
const ownPositions = [
  samplePosition(),
  samplePosition({ id: 'own-2', stance: 'opposes', paragraphs: [], quote: '“We cannot accept this.”', alsoRefersTo: [{ revision: 'final', paragraphs: ['101'], evidence: 'inferred' }] }),
];

async function dbWithData(): Promise<WsisDb> {
  const db = await freshDb();
  await importWatches(db, watches);
  await putPositions(db, ownPositions);
  await savePackFetch(db, { url: 'https://example.org/pack.json', name: 'Pack', etag: null, fetchedAt: '2025-11-01T00:00:00.000Z' }, [samplePosition({ id: 'p1' })]);
  return db;
}

async function snapshot(db: WsisDb): Promise<unknown> {
  return { watches: await listWatches(db), own: await listPositionsByOrigin(db, 'own'), all: await db.getAll('positions') };
}

describe('backup', () => {
  it('exports watches and own positions only', async () => {
    const db = await dbWithData();
    const backup = await exportBackup(db, new Date('2025-12-01T00:00:00Z'));
    expect(backup).toEqual({ format: 'wsis-lens-backup', version: 1, exportedAt: '2025-12-01T00:00:00.000Z', watches, positions: ownPositions });
    db.close();
  });

  it('round-trips through JSON text into an empty database losing nothing', async () => {
    const source = await dbWithData();
    const backup = await exportBackup(source);
    const target = await freshDb();
    const result = await importBackup(target, JSON.stringify(backup));
    expect(result).toEqual({ ok: true, counts: { watches: 3, positions: 2 } });
    expect(await exportBackup(target, new Date(backup.exportedAt))).toEqual(backup);
    source.close();
    target.close();
  });

  it('rejects a bad file with plain-words errors and changes nothing', async () => {
    const db = await dbWithData();
    const before = await snapshot(db);
    const good: BackupFile = await exportBackup(db);
    const { label: _dropped, ...watchWithoutLabel } = sampleWatch({ id: 'watch-new' });
    const bad = {
      ...good,
      // Valid new entries come first: they must not be written either.
      watches: [sampleWatch({ id: 'watch-new-1', note: 'new' }), sampleWatch({ id: 'watch-1', note: 'overwritten?' }), watchWithoutLabel, { ...sampleWatch({ id: 'watch-new-1' }), lastSeen: { revision: 'rev2', label: '1', status: 'moved' } }],
      positions: [...good.positions, { ...samplePosition({ id: 'own-3' }), sourceUrl: 'javascript:alert(1)' }],
    };
    const result = await importBackup(db, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('watches[2].label: missing');
    expect(result.errors).toContain('watches[3].lastSeen.status: must be one of unchanged, changed, removed (got "moved")');
    expect(result.errors.some((error) => error.startsWith('positions[2].sourceUrl: must be an http(s) URL'))).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('explains files that are not backups at all', async () => {
    const db = await freshDb();
    expect(await importBackup(db, '{ not json')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^file: not JSON/)] });
    expect(await importBackup(db, [])).toEqual({ ok: false, errors: [expect.stringMatching(/^file: must be a WSIS Lens backup/)] });
    expect(await importBackup(db, { format: 'wsis-lens-positions', version: 2, exportedAt: 'yesterday' })).toEqual({
      ok: false,
      errors: [
        'format: must be "wsis-lens-backup" (got "wsis-lens-positions")',
        'version: must be 1; this version of WSIS Lens reads version 1 backups (got 2)',
        'exportedAt: must be a date and time such as "2025-11-07T14:30:00.000Z" (got "yesterday")',
        'watches: missing',
        'positions: missing',
      ],
    });
    db.close();
  });

  it('reports ids used twice in one file', async () => {
    const db = await freshDb();
    const file = { format: 'wsis-lens-backup', version: 1, exportedAt: '2025-12-01T00:00:00.000Z', watches: [sampleWatch(), sampleWatch()], positions: [] };
    expect(await importBackup(db, file)).toEqual({ ok: false, errors: ['watches[1].id: "watch-1" is already used by watches[0]'] });
    db.close();
  });

  it('merges into existing data: same ids are replaced, others kept', async () => {
    const db = await dbWithData();
    const file = { format: 'wsis-lens-backup', version: 1, exportedAt: '2025-12-01T00:00:00.000Z', watches: [sampleWatch({ note: 'restored' })], positions: [] };
    expect(await importBackup(db, file)).toEqual({ ok: true, counts: { watches: 1, positions: 0 } });
    const stored = await listWatches(db);
    expect(stored).toHaveLength(3);
    expect(stored.find((watch) => watch.id === 'watch-1')?.note).toBe('restored');
    db.close();
  });

  it('reports a valid file that could not be saved, rather than throwing', async () => {
    const source = await dbWithData();
    const backup = await exportBackup(source);
    source.close();
    const closed = await freshDb();
    closed.close();
    expect(await importBackup(closed, backup)).toEqual({ ok: false, errors: [expect.stringMatching(/^saving failed, so nothing was imported: /)] });
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseConnection, type WsisDb } from '../db/connection';
import { sampleRevision, uniqueDbName, useFreshIndexedDb } from '../db/test-support';
import { cachedRevisionsOf, learnRevisionUrls, learnedRevisionUrls, rememberRevision } from './revision-store';

useFreshIndexedDb();
let db: WsisDb;
beforeEach(async () => {
  db = await new DatabaseConnection({ name: uniqueDbName() }).getDb();
  return () => db.close();
});

const l41 = sampleRevision();

describe('revision store', () => {
  it('keeps a revision of a known family and gives one text per revision, clean before tracked', async () => {
    const tracked = { ...l41, hash: 't'.repeat(64), documentId: { ...l41.documentId, revision: 'rev2', variant: 'tracked' as const } };
    const clean = { ...l41, hash: 'c'.repeat(64), documentId: { ...l41.documentId, revision: 'rev2', variant: 'clean' as const } };
    await rememberRevision(db, l41);
    await rememberRevision(db, tracked, new Date('2026-01-02'));
    await rememberRevision(db, clean, new Date('2026-01-01'));
    const held = await cachedRevisionsOf(db, 'wsis20-outcome');
    expect(held.map((r) => `${r.documentId.revision}/${r.documentId.variant}`).sort()).toEqual(['L.41/clean', 'rev2/clean']);
  });

  it('does not keep documents outside a known family, without paragraphs, or stakeholder inputs (not the revision they address)', async () => {
    expect(await rememberRevision(db, { ...l41, documentId: { ...l41.documentId, family: null } })).toBeNull();
    expect(await rememberRevision(db, { ...l41, paragraphs: [] })).toBeNull();
    expect(await rememberRevision(db, { ...l41, documentId: { ...l41.documentId, revision: 'rev2', variant: 'stakeholder-input' } })).toBeNull();
    expect(await cachedRevisionsOf(db, 'wsis20-outcome')).toEqual([]);
  });

  it('remembers addresses learned from page links, the latest winning', async () => {
    await learnRevisionUrls(db, [{ family: 'wsis20-outcome', revision: 'rev1', variant: 'clean', url: 'https://a.un.org/1.pdf' }]);
    await learnRevisionUrls(db, [{ family: 'wsis20-outcome', revision: 'rev1', variant: 'clean', url: 'https://a.un.org/1b.pdf' }]);
    expect(await learnedRevisionUrls(db)).toEqual({ 'wsis20-outcome/rev1/clean': 'https://a.un.org/1b.pdf' });
  });
});

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

  it('keeps no translation as the text of its revision, but keeps English and texts of unknown language', async () => {
    expect(await rememberRevision(db, { ...l41, hash: 'f'.repeat(64), url: 'https://docs.un.org/fr/A/80/L.41', language: 'fr' })).toBeNull();
    expect(await rememberRevision(db, { ...l41, hash: 's'.repeat(64), url: 'https://docs.un.org/es/A/80/L.41', language: 'es' })).toBeNull();
    expect(await cachedRevisionsOf(db, 'wsis20-outcome')).toEqual([]);
    expect(await rememberRevision(db, { ...l41, language: 'en' })).not.toBeNull();
    expect(await rememberRevision(db, { ...l41, hash: 'u'.repeat(64), language: null })).not.toBeNull();
    expect((await cachedRevisionsOf(db, 'wsis20-outcome')).map((r) => r.url)).toEqual([l41.url]);
  });

  it('remembers addresses learned from page links, the latest winning', async () => {
    await learnRevisionUrls(db, [{ family: 'wsis20-outcome', revision: 'rev1', variant: 'clean', url: 'https://a.un.org/1.pdf' }]);
    await learnRevisionUrls(db, [{ family: 'wsis20-outcome', revision: 'rev1', variant: 'clean', url: 'https://a.un.org/1b.pdf' }]);
    expect(await learnedRevisionUrls(db)).toEqual({ 'wsis20-outcome/rev1/clean': 'https://a.un.org/1b.pdf' });
  });
});

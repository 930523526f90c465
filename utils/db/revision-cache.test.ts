import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Paragraph } from '../paragraphs/model';
import { DatabaseConnection, type WsisDb } from './connection';
import { contentHash } from './content-hash';
import { findRevisionsByUrl, getRevision, listRevisions, putRevision, removeRevision, toStoredHeadings, toStoredParagraphs } from './revision-cache';
import { sampleRevision, uniqueDbName, useFreshIndexedDb } from './test-support';

useFreshIndexedDb();
let db: WsisDb;
beforeEach(async () => {
  db = await new DatabaseConnection({ name: uniqueDbName() }).getDb();
  return () => db.close();
});

describe('contentHash', () => {
  it('is the SHA-256 of the bytes in lowercase hex', async () => {
    expect(await contentHash(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await contentHash(new ArrayBuffer(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('revision cache', () => {
  const l41 = sampleRevision();
  const rev2 = sampleRevision({
    hash: 'b'.repeat(64),
    url: 'https://www.un.org/wsis20/rev2.pdf',
    documentId: { ...l41.documentId, revision: 'rev2', symbol: null },
    indexedAt: '2025-11-08T10:00:00.000Z',
  });
  // The same URL later served corrected bytes: a second cache entry, newest first.
  const rev2Corrected = { ...rev2, hash: 'd'.repeat(64), indexedAt: '2025-11-09T10:00:00.000Z' };

  it('puts, gets by hash and removes', async () => {
    await putRevision(db, l41);
    expect(await getRevision(db, l41.hash)).toEqual(l41);
    expect(await getRevision(db, 'f'.repeat(64))).toBeUndefined();
    await removeRevision(db, l41.hash);
    expect(await getRevision(db, l41.hash)).toBeUndefined();
  });

  it('finds by URL and lists by family and revision, newest first', async () => {
    for (const revision of [l41, rev2, rev2Corrected]) await putRevision(db, revision);
    expect(await findRevisionsByUrl(db, rev2.url)).toEqual([rev2Corrected, rev2]);
    expect((await listRevisions(db, 'wsis20-outcome')).map((revision) => revision.hash)).toEqual([l41.hash, rev2Corrected.hash, rev2.hash]);
    expect(await listRevisions(db, 'wsis20-outcome', 'L.41')).toEqual([l41]);
    expect(await listRevisions(db, 'wsis20-outcome', 'rev4')).toEqual([]);
  });

  it('stores PDF boxes and drops anchors that cannot be stored (DOM elements)', async () => {
    const notCloneable = { tagName: 'P', focus: () => undefined };
    const paragraphs: Paragraph<unknown>[] = [
      { label: '1', kind: 'operative', text: 'One.', page: 2, heading: null, part: 0, anchor: { page: 2, x: 1, y: 2, width: 3, height: 4, extra: notCloneable } },
      { label: '2', kind: 'operative', text: 'Two.', page: null, heading: null, part: 0, anchor: notCloneable },
    ];
    const stored = toStoredParagraphs(paragraphs);
    expect(stored.map((paragraph) => paragraph.anchor)).toEqual([{ page: 2, x: 1, y: 2, width: 3, height: 4 }, null]);
    expect(toStoredHeadings([{ text: 'H', page: null, part: 1, anchor: notCloneable }])).toEqual([{ text: 'H', page: null, part: 1, anchor: null }]);
    await putRevision(db, { ...l41, paragraphs: stored });
    expect((await getRevision(db, l41.hash))?.paragraphs).toEqual(stored);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseConnection, type WsisDb } from '../db/connection';
import { putRevision } from '../db/revision-cache';
import { sampleRevision, sampleWatch, uniqueDbName, useFreshIndexedDb } from '../db/test-support';
import { addWatch, getWatch, updateWatch } from '../db/watch-repository';
import { badgeText, refreshSightings } from './refresh-sightings';

useFreshIndexedDb();
let db: WsisDb;
beforeEach(async () => {
  db = await new DatabaseConnection({ name: uniqueDbName() }).getDb();
  return () => db.close();
});

const doc = sampleRevision().documentId;
const para = (label: string, text: string) => ({ label, text, kind: 'operative' as const, page: 1, heading: null, part: 0, anchor: null });
const FORUM = 'Decide that the Internet Governance Forum shall continue with a renewed mandate and stable funding from voluntary contributions';
const SKILLS = 'Encourage all stakeholders to develop digital skills and literacy programmes for everyone in every region';
const rev1 = sampleRevision({ hash: '1'.repeat(64), documentId: { ...doc, revision: 'rev1', symbol: null }, paragraphs: [para('97', SKILLS), para('98', FORUM)] });
const rev2 = sampleRevision({
  hash: '2'.repeat(64),
  documentId: { ...doc, revision: 'rev2', symbol: null },
  paragraphs: [para('98', 'Welcome the new scientific panel on artificial intelligence and its global dialogue'), para('99', SKILLS), para('100', FORUM.replace('renewed', 'permanent'))],
});

describe('refreshSightings', () => {
  it('counts the watched paragraphs that changed in a revision seen later, and records where they went', async () => {
    const forum = await addWatch(db, { family: 'wsis20-outcome', revision: 'rev1', label: '98', text: FORUM });
    const skills = await addWatch(db, { family: 'wsis20-outcome', revision: 'rev1', label: '97', text: SKILLS });
    await putRevision(db, rev1);
    expect((await refreshSightings(db)).changed).toHaveLength(0);

    await putRevision(db, rev2);
    const overview = await refreshSightings(db);
    expect(overview.changed.map((r) => r.watch.id)).toEqual([forum.id]);
    expect(badgeText(overview.changed.length)).toBe('1');
    expect((await getWatch(db, forum.id))?.lastSeen).toEqual({ revision: 'rev2', label: '100', status: 'changed' });
    expect((await getWatch(db, skills.id))?.lastSeen).toEqual({ revision: 'rev2', label: '99', status: 'unchanged' });

    // Marked as seen: acknowledged at the newest revision, the badge clears.
    await updateWatch(db, forum.id, { acknowledgedRevision: 'rev2' });
    const after = await refreshSightings(db);
    expect(badgeText(after.changed.length)).toBe('');
    expect((await getWatch(db, forum.id))?.lastSeen).toEqual({ revision: 'rev2', label: '100', status: 'unchanged' });
  });

  it('keeps the note and identity of a watch while updating its sighting', async () => {
    await db.put('watches', sampleWatch({ lastSeen: null, text: FORUM }));
    await putRevision(db, rev2);
    await refreshSightings(db);
    expect(await getWatch(db, 'watch-1')).toMatchObject({ note: 'Ask the mission about the funding language.', label: '98', revision: 'rev1', lastSeen: { label: '100' } });
  });
});

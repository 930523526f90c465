import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { cardStorageHandler } from '@/entrypoints/background/card-storage';
import { withDb } from '@/utils/db/connection';
import { isCardStorageRequest, POSITIONS_CHANGED, type CardStorageRequest } from '@/utils/messages/card-storage';
import { ownPosition } from '@/utils/positions/own-position';
import { rememberRevision } from '@/utils/revisions/revision-store';
import { messagingCardStorage } from './card-storage';
import type { RevisionDataUpdate } from './load-revision-data';

const family = 'wsis20-outcome';
const documentId = (revision: string) => ({ family, revision, variant: 'clean', symbol: null, date: null, title: null }) as const;
const paragraph = (label: string, text: string) => ({ label, text, part: 0, kind: 'operative' as const, heading: null, page: 1, anchor: null });
const FORUM = 'Decide that the Internet Governance Forum shall continue with a renewed mandate and stable funding';

/** The frame's sendMessage, delivered as Chrome would: a structured clone to the background's handler, the answer cloned back. */
function throughBackground(sent: CardStorageRequest[] = []) {
  return async (message: CardStorageRequest): Promise<unknown> => {
    const request = structuredClone(message);
    sent.push(request);
    if (!isCardStorageRequest(request)) throw new Error('the background would not answer');
    return structuredClone(await cardStorageHandler.handle(request, {}));
  };
}
const deaf = () => () => undefined;
const signal = () => new AbortController().signal;

describe('the card frame’s storage, through the background', () => {
  it('adds, lists, annotates and removes watches in the background’s database', async () => {
    const sent: CardStorageRequest[] = [];
    const storage = messagingCardStorage(throughBackground(sent), deaf);
    const made = await storage.addWatch({ family, revision: 'rev2', label: '98', text: FORUM, note: '' });
    expect(await withDb((db) => db.get('watches', made.id))).toMatchObject({ label: '98', revision: 'rev2' });
    await storage.updateWatchNote(made.id, 'Ask the mission');
    expect((await storage.listWatches(family)).map((w) => [w.label, w.note])).toEqual([['98', 'Ask the mission']]);
    await storage.removeWatch(made.id);
    expect(await storage.listWatches(family)).toEqual([]);
    expect(sent.map((request) => request.op)).toEqual(['add-watch', 'update-watch-note', 'list-watches', 'remove-watch', 'list-watches']);
  });

  it('saves and deletes the reader’s own positions, and tells the listeners in the frame', async () => {
    const storage = messagingCardStorage(throughBackground(), deaf);
    let told = 0;
    const stop = storage.onPositionsChanged(() => told++);
    const checked = ownPosition(
      { stakeholder: 'Delegation of Testland', stance: 'supports', summary: 'Keep the Forum', quote: '', sourceUrl: 'https://testland.example/igf', date: '2025-12-04' },
      { family, revision: 'rev2', label: '98' },
      'mine-1',
    );
    if (!checked.ok) throw new Error(checked.errors.join('; '));
    await storage.saveOwnPosition(checked.value);
    expect((await storage.storedPositions()).positions.map((p) => p.summary)).toEqual(['Keep the Forum']);
    await storage.deletePosition('own', 'mine-1');
    expect((await storage.storedPositions()).positions).toEqual([]);
    expect(told).toBe(2);
    stop();
  });

  it('hears that positions or watches changed elsewhere (another page, or another frame through the background), each by its own message', () => {
    let listening = 0;
    let deliver: (message: unknown) => void = () => undefined;
    const storage = messagingCardStorage(throughBackground(), (listener) => {
      listening++;
      deliver = listener;
      return () => undefined;
    });
    let positionsTold = 0;
    let watchesTold = 0;
    storage.onPositionsChanged(() => positionsTold++);
    const stopWatches = storage.onWatchesChanged(() => watchesTold++);
    deliver({ type: 'wsis-lens/watches-changed' });
    expect([positionsTold, watchesTold]).toEqual([0, 1]);
    deliver(structuredClone(POSITIONS_CHANGED));
    expect([positionsTold, watchesTold]).toEqual([1, 1]);
    deliver({ type: 'wsis-lens/watches-changed', extra: '<b>' });
    expect(watchesTold).toBe(1);
    stopWatches();
    deliver({ type: 'wsis-lens/watches-changed' });
    expect([positionsTold, watchesTold]).toEqual([1, 1]);
    expect(listening).toBe(1);
  });

  it('compares with a cached earlier revision the background holds', async () => {
    await withDb((db) =>
      rememberRevision(db, { hash: 'r1', url: 'https://docs.un.org/rev1.pdf', documentId: documentId('rev1'), paragraphs: [paragraph('96', FORUM)], headings: [] }),
    );
    const storage = messagingCardStorage(throughBackground(), deaf);
    const updates: RevisionDataUpdate[] = [];
    await storage.revisionData({ ...documentId('rev2'), variant: 'page' }, (changes) => updates.push(changes), signal());
    const merged = Object.assign({}, ...updates) as RevisionDataUpdate;
    expect(merged.comparison?.state).toBe('ready');
    if (merged.comparison?.state !== 'ready') return;
    expect(merged.comparison.previous.revision).toBe('rev1');
    expect(merged.comparison.previousText.paragraphs).toEqual([{ label: '96', text: FORUM, part: 0, kind: 'operative', heading: null }]);
    expect(merged.revisions?.map((r) => r.documentId.revision)).toEqual(['rev1']);
  });

  it('a document that is no known draft is not sent at all', async () => {
    const sent: CardStorageRequest[] = [];
    const storage = messagingCardStorage(throughBackground(sent), deaf);
    const updates: RevisionDataUpdate[] = [];
    await storage.revisionData({ ...documentId('rev2'), family: null, revision: null }, (changes) => updates.push(changes), signal());
    expect(updates[0]?.comparison).toMatchObject({ state: 'none', reason: expect.stringMatching(/not a known WSIS\+20 draft/) });
    expect(sent).toEqual([]);
  });

  it('says clearly when the background does not answer, answers oddly, or fails', async () => {
    const gone = messagingCardStorage(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), deaf);
    await expect(gone.listWatches(family)).rejects.toThrow(/the extension did not answer.*Receiving end does not exist/);
    const updates: RevisionDataUpdate[] = [];
    await gone.revisionData(documentId('rev2'), (changes) => updates.push(changes), signal());
    expect(updates).toEqual([{ comparison: expect.objectContaining({ state: 'failed', message: expect.stringMatching(/the extension did not answer/) }) }]);

    const odd = messagingCardStorage(() => Promise.resolve({ ok: true, value: [{ id: 'x' }] }), deaf);
    await expect(odd.listWatches(family)).rejects.toThrow(/the extension did not answer/);
    const silent = messagingCardStorage(() => Promise.resolve(undefined), deaf);
    await expect(silent.removeWatch('x')).rejects.toThrow(/the extension did not answer/);

    const failing = messagingCardStorage(() => Promise.resolve({ ok: false, error: 'QuotaExceededError: the disk is full' }), deaf);
    await expect(failing.addWatch({ family, revision: 'rev2', label: '98', text: FORUM, note: '' })).rejects.toThrow('QuotaExceededError: the disk is full');
  });

  it('an answer to a card already gone is dropped', async () => {
    const abort = new AbortController();
    const storage = messagingCardStorage(async (message) => {
      abort.abort();
      return throughBackground()(message);
    }, deaf);
    const updates: RevisionDataUpdate[] = [];
    await storage.revisionData(documentId('rev2'), (changes) => updates.push(changes), abort.signal);
    expect(updates).toEqual([]);
  });
});

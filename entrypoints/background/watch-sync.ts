// Optional sync of the watch list across the reader's browsers through storage.sync (the popup's
// switch, off by default). What travels and why: utils/watches/sync-payload. Pull first (merge what
// other browsers did), then push this browser's list; one run at a time.
import { getDb } from '@/utils/db/connection';
import { importWatches, listWatches, removeWatch } from '@/utils/db/watch-repository';
import { paragraphKey } from '@/utils/align';
import { cachedRevisionsOf } from '@/utils/revisions/revision-store';
import {
  SYNC_KEY_PREFIX,
  SYNC_STATUS_KEY,
  SYNC_SWITCH_KEY,
  decodeFromSync,
  encodeForSync,
  mergeSynced,
  type SyncStatus,
} from '@/utils/watches/sync-payload';

// The ids last seen in the sync area: a watch missing from it now was removed in another browser.
const KNOWN_IDS_KEY = 'wsis-lens-sync-known-ids';

let running: Promise<void> = Promise.resolve();

export async function syncEnabled(): Promise<boolean> {
  if (!browser.storage.sync) return false;
  return (await browser.storage.local.get(SYNC_SWITCH_KEY))[SYNC_SWITCH_KEY] === true;
}

/** Pulls and pushes if the switch is on; `onPulled` runs when the merge changed local watches. */
export function syncWatches(onPulled: () => Promise<unknown>): Promise<void> {
  running = running.then(async () => {
    if (!(await syncEnabled())) return;
    try {
      if (await pull()) await onPulled();
      await push();
    } catch (error) {
      await setStatus({ ok: false, at: new Date().toISOString(), reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return running;
}

export function isSyncChange(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((key) => key.startsWith(SYNC_KEY_PREFIX));
}

async function ourItems(): Promise<Record<string, unknown>> {
  const all = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(SYNC_KEY_PREFIX)));
}

async function knownIds(): Promise<Set<string>> {
  const value = (await browser.storage.local.get(KNOWN_IDS_KEY))[KNOWN_IDS_KEY];
  return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
}

async function pull(): Promise<boolean> {
  const synced = decodeFromSync(await ourItems());
  if (!synced) return false;
  const db = await getDb();
  const [local, known, revisions] = await Promise.all([listWatches(db), knownIds(), cachedRevisionsOf(db, 'wsis20-outcome')]);
  const textOf = (watch: { revision: string; label: string }) =>
    revisions.find((r) => r.documentId.revision === watch.revision)?.paragraphs.find((p) => paragraphKey(p) === watch.label)?.text ?? null;
  const { put, remove } = mergeSynced(local, synced, known, textOf);
  if (put.length > 0) await importWatches(db, put, 'replace');
  for (const id of remove) await removeWatch(db, id);
  await browser.storage.local.set({ [KNOWN_IDS_KEY]: synced.map((watch) => watch.id) });
  return put.length > 0 || remove.length > 0;
}

async function push(): Promise<void> {
  const watches = await listWatches(await getDb());
  const encoded = encodeForSync(watches);
  const at = new Date().toISOString();
  if (!encoded.ok) {
    await setStatus({ ok: false, at, reason: encoded.reason });
    return;
  }
  const held = await ourItems();
  const stale = Object.keys(held).filter((key) => !(key in encoded.items));
  const same = stale.length === 0 && Object.entries(encoded.items).every(([key, value]) => JSON.stringify(held[key]) === JSON.stringify(value));
  if (!same) {
    await browser.storage.sync.set(encoded.items);
    if (stale.length > 0) await browser.storage.sync.remove(stale);
  }
  await browser.storage.local.set({ [KNOWN_IDS_KEY]: watches.map((watch) => watch.id) });
  await setStatus({ ok: true, at, count: encoded.meta.count, withTexts: encoded.meta.withTexts });
}

function setStatus(status: SyncStatus): Promise<void> {
  return browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
}

// The watch list as it travels through storage.sync between the reader's browsers. The sync area is
// small (Chromium: 100 kB in all, 8 kB per item, 512 items), so the list goes as compact tuples packed
// into items; it carries each watch's identity, acknowledgement and note, and the paragraph texts too
// only while everything fits — otherwise a browser receiving a watch takes the text from its own
// cached copy of that revision (or follows the paragraph by its label in that copy).
import type { Watch } from '../db/schema';
import { compareRevisions } from '../catalog';

export const SYNC_KEY_PREFIX = 'wsis-lens-watches:';
export const SYNC_META_KEY = `${SYNC_KEY_PREFIX}meta`;

export interface SyncLimits {
  /** Bytes for the whole list, below the area's quota to leave room for the meta item. */
  totalBytes: number;
  /** Bytes per item, key included (Chromium counts key + JSON of the value). */
  itemBytes: number;
  maxItems: number;
}
export const CHROME_SYNC_LIMITS: SyncLimits = { totalBytes: 96_000, itemBytes: 8_000, maxItems: 400 };

export type SyncedWatch = Pick<Watch, 'id' | 'family' | 'revision' | 'label' | 'note' | 'createdAt' | 'acknowledgedRevision'> & { text?: string };

export interface SyncMeta {
  chunks: number;
  count: number;
  withTexts: boolean;
}

export type SyncEncoding = { ok: true; items: Record<string, SyncTuple[] | SyncMeta>; meta: SyncMeta } | { ok: false; reason: string };

/** One watch, compact: [id, revision, label, acknowledgedRevision, createdAt, note, text?]. */
export type SyncTuple = [string, string, string, string, string, string] | [string, string, string, string, string, string, string];

const utf8 = new TextEncoder();
const bytes = (text: string) => utf8.encode(text).length;

/** The items to store, texts included when they fit; `ok: false` says why nothing fits. */
export function encodeForSync(watches: readonly Watch[], limits: SyncLimits = CHROME_SYNC_LIMITS): SyncEncoding {
  for (const withTexts of [true, false]) {
    const tuples: SyncTuple[] = watches.map((watch) => {
      const base: SyncTuple = [watch.id, watch.revision, watch.label, watch.acknowledgedRevision, watch.createdAt, watch.note];
      return withTexts ? [...base, watch.text] as SyncTuple : base;
    });
    const chunks = pack(tuples, limits.itemBytes - bytes(`${SYNC_KEY_PREFIX}000`));
    if (!chunks) continue;
    const total = chunks.reduce((sum, chunk, index) => sum + bytes(JSON.stringify(chunk)) + bytes(`${SYNC_KEY_PREFIX}${index}`), 0);
    if (total > limits.totalBytes || chunks.length > limits.maxItems) continue;
    const meta: SyncMeta = { chunks: chunks.length, count: tuples.length, withTexts };
    const items: Record<string, SyncTuple[] | SyncMeta> = { [SYNC_META_KEY]: meta };
    chunks.forEach((chunk, index) => (items[`${SYNC_KEY_PREFIX}${index}`] = chunk));
    return { ok: true, items, meta };
  }
  return { ok: false, reason: `${watches.length} watched paragraphs with their notes do not fit in the browser's sync space (about ${Math.round(limits.totalBytes / 1000)} kB); shorten long notes or remove some watches` };
}

/** The synced list, or null when the items are missing, incomplete (a sync in progress) or not a watch list. */
export function decodeFromSync(items: Readonly<Record<string, unknown>>): SyncedWatch[] | null {
  const meta = items[SYNC_META_KEY] as Partial<SyncMeta> | undefined;
  if (!meta || typeof meta.chunks !== 'number' || !Number.isInteger(meta.chunks) || meta.chunks < 0 || meta.chunks > 1000) return null;
  const list: SyncedWatch[] = [];
  for (let index = 0; index < meta.chunks; index++) {
    const chunk = items[`${SYNC_KEY_PREFIX}${index}`];
    if (!Array.isArray(chunk)) return null;
    for (const tuple of chunk) {
      const watch = fromTuple(tuple);
      if (!watch) return null;
      list.push(watch);
    }
  }
  return list.length === meta.count ? list : null;
}

export interface SyncMerge {
  /** Watches to write: new from elsewhere, or with a changed note or acknowledgement. */
  put: Watch[];
  /** Ids removed in another browser: known from the last sync, absent now. */
  remove: string[];
}

/**
 * Merges the synced list into this browser's: the synced note and the later acknowledgement win;
 * a watch goes only if it was synced before and is gone from the list now (a watch made here and not
 * yet synced stays). `textOf` supplies a paragraph's text from a cached revision when none came.
 */
export function mergeSynced(
  local: readonly Watch[],
  synced: readonly SyncedWatch[],
  previouslySynced: ReadonlySet<string>,
  textOf: (watch: SyncedWatch) => string | null,
): SyncMerge {
  const byId = new Map(local.map((watch) => [watch.id, watch]));
  const put: Watch[] = [];
  for (const incoming of synced) {
    const held = byId.get(incoming.id);
    if (!held) {
      put.push({ ...incoming, text: incoming.text ?? textOf(incoming) ?? '', lastSeen: null });
      continue;
    }
    const acknowledgedRevision =
      compareRevisions(incoming.acknowledgedRevision, held.acknowledgedRevision) > 0 ? incoming.acknowledgedRevision : held.acknowledgedRevision;
    if (held.note !== incoming.note || acknowledgedRevision !== held.acknowledgedRevision) put.push({ ...held, note: incoming.note, acknowledgedRevision });
  }
  const syncedIds = new Set(synced.map((watch) => watch.id));
  const remove = local.filter((watch) => previouslySynced.has(watch.id) && !syncedIds.has(watch.id)).map((watch) => watch.id);
  return { put, remove };
}

function fromTuple(value: unknown): SyncedWatch | null {
  if (!Array.isArray(value) || (value.length !== 6 && value.length !== 7)) return null;
  const [id, revision, label, acknowledgedRevision, createdAt, note, text] = value as unknown[];
  const short = (field: unknown, max: number): field is string => typeof field === 'string' && field.length > 0 && field.length <= max;
  if (!short(id, 100) || !short(revision, 40) || !short(label, 20) || !short(acknowledgedRevision, 40) || !short(createdAt, 40)) return null;
  if (typeof note !== 'string' || note.length > 5000) return null;
  if (text !== undefined && (typeof text !== 'string' || text.length > 20_000)) return null;
  const watch: SyncedWatch = { id, family: 'wsis20-outcome', revision, label, note, createdAt, acknowledgedRevision };
  return text === undefined ? watch : { ...watch, text };
}

/** Groups tuples into items whose JSON stays within `maxBytes`; null when one watch alone is too big. */
function pack(tuples: readonly SyncTuple[], maxBytes: number): SyncTuple[][] | null {
  const chunks: SyncTuple[][] = [];
  let current: SyncTuple[] = [];
  let size = 2; // []
  for (const tuple of tuples) {
    const length = bytes(JSON.stringify(tuple)) + 1;
    if (length + 2 > maxBytes) return null;
    if (size + length > maxBytes) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(tuple);
    size += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** storage.local: the reader's switch (off by default), and what the last sync did, for the popup. */
export const SYNC_SWITCH_KEY = 'wsis-lens-sync-watches';
export const SYNC_STATUS_KEY = 'wsis-lens-sync-status';
export type SyncStatus = { ok: true; at: string; count: number; withTexts: boolean } | { ok: false; at: string; reason: string };

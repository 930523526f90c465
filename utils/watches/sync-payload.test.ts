import { describe, expect, it } from 'vitest';
import type { Watch } from '../db/schema';
import { sampleWatch } from '../db/test-support';
import { CHROME_SYNC_LIMITS, SYNC_KEY_PREFIX, decodeFromSync, encodeForSync, mergeSynced } from './sync-payload';

const utf8 = new TextEncoder();
const watches = (count: number, textLength: number): Watch[] =>
  Array.from({ length: count }, (_, i) =>
    sampleWatch({ id: crypto.randomUUID(), label: String(i + 1), text: `Décide ${'é'.repeat(textLength)} 🌍 “quoted” \\ ${i}`, note: i % 4 ? '' : `note ${i} ✓`, lastSeen: null }),
  );
const itemSize = (key: string, value: unknown) => utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;

describe('sync payload', () => {
  it('a few watches travel with their texts and come back exactly (identity, acknowledgement, note, text)', () => {
    const list = watches(5, 300);
    const encoded = encodeForSync(list);
    expect(encoded.ok && encoded.meta).toMatchObject({ withTexts: true, count: 5 });
    const decoded = decodeFromSync(encoded.ok ? encoded.items : {});
    expect(decoded).toEqual(list.map(({ lastSeen: _seen, ...rest }) => rest));
  });

  it('a thousand watches drop their texts to fit the quota; every item stays under the per-item limit', () => {
    const list = watches(1000, 400);
    const encoded = encodeForSync(list);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(encoded.meta.withTexts).toBe(false);
    const sizes = Object.entries(encoded.items).map(([key, value]) => itemSize(key, value));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8192);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(102_400);
    expect(decodeFromSync(encoded.items)?.map((watch) => watch.note)).toEqual(list.map((watch) => watch.note));
  });

  it('says why when even the identities and notes do not fit', () => {
    const encoded = encodeForSync(watches(50, 10).map((watch) => ({ ...watch, note: 'n'.repeat(4000) })));
    expect(encoded).toMatchObject({ ok: false, reason: expect.stringContaining('do not fit') });
  });

  it('an incomplete or foreign sync area reads as nothing', () => {
    const encoded = encodeForSync(watches(40, 300));
    if (!encoded.ok) throw new Error(encoded.reason);
    const missingChunk = { ...encoded.items };
    delete missingChunk[`${SYNC_KEY_PREFIX}0`];
    expect(decodeFromSync(missingChunk)).toBeNull();
    expect(decodeFromSync({})).toBeNull();
    expect(decodeFromSync({ [`${SYNC_KEY_PREFIX}meta`]: { chunks: 1, count: 1 }, [`${SYNC_KEY_PREFIX}0`]: [['x']] })).toBeNull();
  });

  it('merges: new watches arrive (text from a cached copy when none came), notes update, removals elsewhere apply, unsynced local ones stay', () => {
    const [a, b, c] = watches(3, 50) as [Watch, Watch, Watch];
    const identity = (watch: Watch) => ({ id: watch.id, family: watch.family, revision: watch.revision, label: watch.label, note: watch.note, createdAt: watch.createdAt, acknowledgedRevision: watch.acknowledgedRevision });
    const synced = [
      { ...identity(a), note: 'changed elsewhere', acknowledgedRevision: 'rev2' },
      { id: 'from-elsewhere', family: 'wsis20-outcome' as const, revision: 'rev1', label: '98', note: '', createdAt: a.createdAt, acknowledgedRevision: 'rev1' },
    ];
    const merge = mergeSynced([a, b, c], synced, new Set([a.id, b.id]), (watch) => (watch.label === '98' ? 'cached text of ¶98' : null));
    expect(merge.put).toEqual([
      { ...a, note: 'changed elsewhere', acknowledgedRevision: 'rev2' },
      { ...synced[1], text: 'cached text of ¶98', lastSeen: null },
    ]);
    expect(merge.remove).toEqual([b.id]);
  });

  it('an acknowledgement never goes back to an earlier revision', () => {
    const local = sampleWatch({ acknowledgedRevision: 'rev2' });
    const { lastSeen: _s, text: _t, ...synced } = { ...local, acknowledgedRevision: 'rev1' };
    expect(mergeSynced([local], [synced], new Set([local.id]), () => null).put).toEqual([]);
  });

  it('uses the Chromium limits by default', () => {
    expect(CHROME_SYNC_LIMITS.itemBytes).toBeLessThanOrEqual(8192);
  });
});

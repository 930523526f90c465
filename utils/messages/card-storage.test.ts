import { describe, expect, it } from 'vitest';
import { ownPosition } from '../positions/own-position';
import type { Position } from '../positions/model';
import type { RevisionText } from '../revisions/revision-text';
import { CARD_STORAGE, checkCardStorageAnswer, isCardStorageRequest, isPositionsChanged, POSITIONS_CHANGED, slimRevisionText } from './card-storage';

const type = CARD_STORAGE;
const family = 'wsis20-outcome';
const mine = ownPosition(
  { stakeholder: 'Delegation of Testland', stance: 'supports', summary: 'Keep the Forum', quote: '', sourceUrl: 'https://testland.example/igf', date: '2025-12-04' },
  { family, revision: 'rev2', label: '98' },
  'mine-1',
);
if (!mine.ok) throw new Error('the fixture position is valid');
const position: Position = mine.value;
const watch = { id: 'w1', family, revision: 'rev2', label: '98', text: 'Decide that …', note: '', createdAt: '2025-12-04T10:00:00.000Z', acknowledgedRevision: 'rev2', lastSeen: null };
const rev1: RevisionText = {
  hash: 'a'.repeat(64),
  url: 'https://docs.un.org/rev1.pdf',
  documentId: { family, revision: 'rev1', variant: 'clean', symbol: null, date: '2025-11-07', title: null },
  paragraphs: [{ label: '96', text: 'Decide that the Forum shall continue', part: 0, kind: 'operative', heading: 'Internet governance' }],
};
const source = { revision: 'rev1', name: 'Rev.1', url: null, cached: true };

describe('card storage requests (checked by the background: senders are not trusted)', () => {
  it('takes each request the card makes', () => {
    for (const request of [
      { type, op: 'revision-data', family, revision: 'rev2', variant: 'page' },
      { type, op: 'revision-data', family, revision: 'A/80/L.41', variant: null },
      { type, op: 'list-watches', family },
      { type, op: 'add-watch', family, revision: 'rev2', label: '98', text: 'Decide …', note: '' },
      { type, op: 'remove-watch', id: 'w1' },
      { type, op: 'update-watch-note', id: 'w1', note: 'Ask the mission' },
      { type, op: 'read-positions' },
      { type, op: 'save-position', position },
      { type, op: 'delete-position', origin: 'own', id: 'mine-1' },
      { type, op: 'delete-position', origin: 'pack:https://example.org/pack.json', id: 'p1' },
    ]) {
      expect(isCardStorageRequest(request), JSON.stringify(request)).toBe(true);
    }
  });

  it('refuses unknown ops, wrong or missing fields, extra fields, and writes the card may not make', () => {
    for (const request of [
      null,
      'list-watches',
      { type, op: 'drop-database' },
      { type: 'wsis-lens/other', op: 'read-positions' },
      { type, op: 'read-positions', extra: 1 },
      { type, op: 'revision-data', family: 'other', revision: 'rev2', variant: null },
      { type, op: 'revision-data', family, revision: '<script>', variant: null },
      { type, op: 'revision-data', family, revision: 'rev2', variant: 'shadow' },
      { type, op: 'revision-data', family, revision: 'rev2' },
      { type, op: 'list-watches' },
      { type, op: 'add-watch', family, revision: 'rev2', label: '', text: 'x', note: '' },
      { type, op: 'add-watch', family, revision: 'rev2', label: '98', text: 'x', note: 'n'.repeat(5_001) },
      { type, op: 'add-watch', family, revision: 'rev2', label: '98', text: 42, note: '' },
      { type, op: 'remove-watch', id: '' },
      { type, op: 'update-watch-note', id: 'w1' },
      { type, op: 'save-position', position: { ...position, origin: 'pack:https://example.org/pack.json' } },
      { type, op: 'save-position', position: { ...position, sourceUrl: 'javascript:alert(1)' } },
      { type, op: 'delete-position', origin: 'bundled', id: 'x' },
      { type, op: 'delete-position', origin: 'pack:', id: 'x' },
    ]) {
      expect(isCardStorageRequest(request), JSON.stringify(request)).toBe(false);
    }
  });
});

describe('card storage answers (checked by the card frame)', () => {
  it('passes well-formed answers and the background’s errors', () => {
    expect(checkCardStorageAnswer('list-watches', { ok: true, value: [watch] })).toEqual({ ok: true, value: [watch] });
    expect(checkCardStorageAnswer('add-watch', { ok: true, value: watch })).toEqual({ ok: true, value: watch });
    expect(checkCardStorageAnswer('remove-watch', { ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(checkCardStorageAnswer('read-positions', { ok: true, value: { positions: [position], packNames: { 'pack:https://example.org/p.json': 'A pack' } } })?.ok).toBe(true);
    const ready = { comparison: { state: 'ready', previous: source, previousText: rev1, units: null }, revisions: [rev1], learnedUrls: { 'wsis20-outcome/rev1/clean': 'https://x/rev1.pdf' } };
    expect(checkCardStorageAnswer('revision-data', { ok: true, value: ready })).toEqual({ ok: true, value: ready });
    const failed = { comparison: { state: 'failed', previous: source, message: 'disk full' }, revisions: [], learnedUrls: {} };
    expect(checkCardStorageAnswer('revision-data', { ok: true, value: failed })?.ok).toBe(true);
    expect(checkCardStorageAnswer('add-watch', { ok: false, error: 'QuotaExceededError' })).toEqual({ ok: false, error: 'QuotaExceededError' });
  });

  it('refuses anything else: a wrong shape, a value for another op, a comparison the frame cannot have', () => {
    expect(checkCardStorageAnswer('list-watches', undefined)).toBeNull();
    expect(checkCardStorageAnswer('list-watches', { ok: true, value: [{ ...watch, createdAt: 'yesterday' }] })).toBeNull();
    expect(checkCardStorageAnswer('add-watch', { ok: true, value: [watch] })).toBeNull();
    expect(checkCardStorageAnswer('remove-watch', { ok: true })).toBeNull();
    expect(checkCardStorageAnswer('remove-watch', { ok: true, value: null, extra: 1 })).toBeNull();
    expect(checkCardStorageAnswer('add-watch', { ok: false, error: 42 })).toBeNull();
    expect(checkCardStorageAnswer('read-positions', { ok: true, value: { positions: [{ ...position, origin: 'bundled' }], packNames: {} } })).toBeNull();
    expect(checkCardStorageAnswer('read-positions', { ok: true, value: { positions: [{ ...position, sourceUrl: 'javascript:x' }], packNames: {} } })).toBeNull();
    const revisionData = (comparison: unknown, revisions: unknown[] = [rev1]) => checkCardStorageAnswer('revision-data', { ok: true, value: { comparison, revisions, learnedUrls: {} } });
    expect(revisionData({ state: 'loading', previous: source, progress: 0.5 })).toBeNull();
    expect(revisionData({ state: 'ready', previous: source, previousText: rev1, units: [] })).toBeNull();
    expect(revisionData({ state: 'ready', previous: { ...source, cached: 'yes' }, previousText: rev1, units: null })).toBeNull();
    expect(revisionData({ state: 'none', reason: 'x' }, [{ ...rev1, paragraphs: [{ ...rev1.paragraphs[0]!, kind: 'annex' }] }])).toBeNull();
    expect(revisionData({ state: 'none', reason: 'x' }, [{ ...rev1, documentId: { ...rev1.documentId, family: 'other' } }])).toBeNull();
  });

  it('a revision travels with only what cards read of it', () => {
    const cached = { ...rev1, headings: [{ text: 'Internet governance' }], indexedAt: '2025-12-04T10:00:00.000Z', paragraphs: [{ ...rev1.paragraphs[0]!, page: 3, anchor: { page: 3, x: 1, y: 2, width: 3, height: 4 } }] };
    expect(slimRevisionText(cached)).toEqual(rev1);
  });

  it('knows the positions-changed notice', () => {
    expect(isPositionsChanged(POSITIONS_CHANGED)).toBe(true);
    expect(isPositionsChanged({ type: 'wsis-lens/positions-changed', more: 1 })).toBe(false);
    expect(isPositionsChanged({ type: 'wsis-lens/watches-changed' })).toBe(false);
  });
});

// For tests only: an isolated in-memory IndexedDB per test, and realistic records.

import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import type { Position } from '../positions/model';
import type { CachedRevision, Watch } from './schema';

/** Each test gets its own empty IndexedDB (idb and IDBKeyRange use the globals). */
export function useFreshIndexedDb(): void {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
  });
}

let counter = 0;
/** A database name no other test uses, so leftover connections cannot interfere. */
export function uniqueDbName(): string {
  counter += 1;
  return `wsis-lens-test-${counter}`;
}

export function sampleRevision(overrides: Partial<CachedRevision> = {}): CachedRevision {
  return {
    hash: 'a'.repeat(64),
    url: 'https://docs.un.org/en/A/80/L.41',
    documentId: {
      family: 'wsis20-outcome',
      revision: 'L.41',
      variant: 'clean',
      symbol: 'A/80/L.41',
      date: '2025-12-10',
      title: 'Outcome document of the high-level meeting of the General Assembly on the overall review of WSIS',
    },
    paragraphs: [
      {
        label: 'PP1',
        kind: 'preambular',
        text: 'Recalling the outcome documents of the World Summit on the Information Society,',
        page: 1,
        heading: null,
        part: 0,
        anchor: { page: 1, x: 72, y: 640.5, width: 451.2, height: 11.9 },
      },
      {
        label: '98',
        kind: 'operative',
        text: 'Decides to make the Internet Governance Forum a permanent forum of the United Nations;',
        page: 17,
        heading: 'Internet governance',
        part: 0,
        anchor: null,
      },
    ],
    headings: [{ text: 'Internet governance', page: 17, part: 0, anchor: { page: 17, x: 72, y: 700, width: 200, height: 12 } }],
    indexedAt: '2025-12-11T09:30:00.000Z',
    ...overrides,
  };
}

export function sampleWatch(overrides: Partial<Watch> = {}): Watch {
  return {
    id: 'watch-1',
    family: 'wsis20-outcome',
    revision: 'rev1',
    label: '98',
    text: 'Decides that the Internet Governance Forum shall be made permanent;',
    note: 'Ask the mission about the funding language.',
    createdAt: '2025-10-01T08:00:00.000Z',
    acknowledgedRevision: 'rev1',
    lastSeen: { revision: 'rev2', label: '101', status: 'changed' },
    ...overrides,
  };
}

export function samplePosition(overrides: Partial<Position> = {}): Position {
  return {
    id: 'own-1',
    stakeholder: 'Me',
    kind: 'note',
    stance: 'proposes-amendment',
    family: 'wsis20-outcome',
    revision: 'rev2',
    paragraphs: ['98', 'PP3'],
    evidence: 'explicit',
    summary: 'Wants "multistakeholder" restored before "Internet governance".',
    sourceUrl: 'https://example.org/notes/rev2',
    date: '2025-11-07',
    note: 'Raised at the informal consultation.',
    origin: 'own',
    ...overrides,
  };
}

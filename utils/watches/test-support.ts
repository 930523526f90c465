// For tests only: a watch made on Rev.1 of a revision pair (utils/revisions/test-support), as a reader
// who clicked Watch on that paragraph would have stored it.
import type { Watch } from '../db/schema';
import type { RevisionPair } from '../revisions/test-support';

export function watchOnRev1(pair: RevisionPair, key: string, overrides: Partial<Watch> = {}): Watch {
  return {
    id: `w-${key}`,
    family: 'wsis20-outcome',
    revision: 'rev1',
    label: key,
    text: pair.textOf(pair.rev1, key),
    note: '',
    createdAt: '2025-11-08T10:00:00.000Z',
    acknowledgedRevision: 'rev1',
    lastSeen: null,
    ...overrides,
  };
}

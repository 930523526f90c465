// The popup's first read of the watch list, started by a classic script in the popup's <head>
// (entrypoints/popup-first-read.ts) before the popup's modules are fetched and compiled: opening the
// database and reading the watches, the popup's longest wait, then overlaps with loading its code.
import { withDb } from '@/utils/db/connection';
import type { Watch } from '@/utils/db/schema';
import { listWatches } from '@/utils/db/watch-repository';

declare global {
  interface Window {
    wsisLensFirstWatchRead?: Promise<Watch[]>;
  }
}

export function startFirstWatchRead(): void {
  const read = withDb((db) => listWatches(db));
  // Whoever takes it reports a failure; until then it must not count as unhandled.
  read.catch(() => undefined);
  window.wsisLensFirstWatchRead = read;
}

/** The read started early, once (later loads read afresh); null when none was started. */
export function takeFirstWatchRead(): Promise<Watch[]> | null {
  const read = window.wsisLensFirstWatchRead ?? null;
  delete window.wsisLensFirstWatchRead;
  return read;
}

// The words the watch list uses for a watch's status: "¶98 → ¶100, modified". Kept apart from the
// alignment so the popup's first paint does not load it.
import { paragraphRef } from '../revisions/paragraph-ref';

export type WatchState = 'unchanged' | 'modified' | 'moved' | 'split' | 'merged' | 'deleted';

/** The label a reader sees for the watch in the newest revision: "100", or the watched label when deleted. */
export function newestLabel(report: { newestKeys: readonly string[]; acknowledgedKey: string }): string {
  return report.newestKeys[0] ?? report.acknowledgedKey;
}

/** "¶98 → ¶100, modified", "¶98, unchanged", "¶98, deleted", "¶72 → ¶¶72–73, split". */
export function statusLine(report: { acknowledgedKey: string; newestKeys: readonly string[]; state: WatchState }): string {
  const from = paragraphRef([report.acknowledgedKey]);
  const to = paragraphRef(report.newestKeys);
  if (report.state === 'deleted' || !to || to === from) return `${from}, ${report.state}`;
  return `${from} → ${to}, ${report.state}`;
}


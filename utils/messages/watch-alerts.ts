// Extension pages → background: the watches or the revisions seen changed (a revision stored for the
// first time, a watch added, marked as seen, removed, imported), so the toolbar badge is recomputed.
export interface WatchesChangedMessage {
  type: 'wsis-lens/watches-changed';
}

export interface WatchesChangedReply {
  ok: true;
  /** How many watched paragraphs changed since the revision the reader acknowledged. */
  changed: number;
}

export const WATCHES_CHANGED: WatchesChangedMessage = { type: 'wsis-lens/watches-changed' };

export function isWatchesChangedMessage(value: unknown): value is WatchesChangedMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'wsis-lens/watches-changed' && Object.keys(value).length === 1;
}

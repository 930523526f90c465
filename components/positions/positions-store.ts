// All positions a page can show: the bundled dataset plus what IndexedDB holds (the reader's own and
// subscribed packs'). First-party extension contexts only (the viewer, the options page, the
// background); the card frame on WSIS pages asks the background (components/card/card-storage).
// A change made in one page reaches the others, the card frames included, by a runtime message, so
// an open viewer shows an import at once.
import { onMessageFromOtherPages, tellOtherPages } from '@/components/runtime-messages';
import { withDb } from '@/utils/db/connection';
import { listPacks, packOrigin } from '@/utils/db/pack-repository';
import { putPosition, removePosition } from '@/utils/db/position-repository';
import { POSITIONS_CHANGED, isPositionsChanged } from '@/utils/messages/card-storage';
import type { Position, PositionOrigin } from '@/utils/positions/model';

const listeners = new Set<() => void>();
let hearing = false;

function notifyHere(): void {
  for (const listener of listeners) listener();
}

/** Tells this page, every other extension page and the card frames that stored positions changed. */
export function positionsChanged(): void {
  notifyHere();
  tellOtherPages(POSITIONS_CHANGED);
}

export function onPositionsChanged(listener: () => void): () => void {
  if (!hearing) {
    hearing = true;
    onMessageFromOtherPages(isPositionsChanged, notifyHere);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stored positions (own and packs') and the subscribed packs' names by origin. */
export async function loadStoredPositions(): Promise<{ positions: Position[]; packNames: Record<string, string> }> {
  const [stored, packs] = await withDb((db) => Promise.all([db.getAll('positions'), listPacks(db)]));
  const packNames: Record<string, string> = {};
  for (const pack of packs) packNames[packOrigin(pack.url)] = pack.name;
  return { positions: stored, packNames };
}

export async function saveOwnPosition(position: Position): Promise<void> {
  await withDb((db) => putPosition(db, position));
  positionsChanged();
}

export async function deleteStoredPosition(origin: PositionOrigin, id: string): Promise<void> {
  await withDb((db) => removePosition(db, origin, id));
  positionsChanged();
}

// All positions a page can show: the bundled dataset plus what IndexedDB holds (the reader's own and
// subscribed packs'). Extension pages only. A change made in one page (the card, the options page)
// reaches the others through a BroadcastChannel, so an open viewer shows an import at once.
import { useEffect, useState } from 'preact/hooks';
import { withDb } from '@/utils/db/connection';
import { listPacks, packOrigin } from '@/utils/db/pack-repository';
import { putPosition, removePosition } from '@/utils/db/position-repository';
import { BUNDLED_POSITIONS } from '@/utils/positions/bundled-positions';
import type { Position, PositionOrigin } from '@/utils/positions/model';

const CHANNEL = 'wsis-lens-positions';
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => notifyHere();
}

function notifyHere(): void {
  for (const listener of listeners) listener();
}

/** Tells this page and every other extension page that stored positions changed. */
export function positionsChanged(): void {
  ensureChannel();
  notifyHere();
  channel?.postMessage('changed');
}

export function onPositionsChanged(listener: () => void): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function loadAllPositions(): Promise<{ positions: Position[]; packNames: Record<string, string> }> {
  const [stored, packs] = await withDb((db) => Promise.all([db.getAll('positions'), listPacks(db)]));
  const packNames: Record<string, string> = {};
  for (const pack of packs) packNames[packOrigin(pack.url)] = pack.name;
  return { positions: [...BUNDLED_POSITIONS, ...stored], packNames };
}

export async function saveOwnPosition(position: Position): Promise<void> {
  await withDb((db) => putPosition(db, position));
  positionsChanged();
}

export async function deleteStoredPosition(origin: PositionOrigin, id: string): Promise<void> {
  await withDb((db) => removePosition(db, origin, id));
  positionsChanged();
}

export interface PositionsState {
  positions: readonly Position[];
  packNames: Readonly<Record<string, string>>;
  /** Stored positions could not be read (the bundled ones are still shown). */
  problem: string | null;
  loaded: boolean;
}

/** Bundled positions at once, stored ones as soon as IndexedDB answers, again after every change. */
export function usePositions(): PositionsState {
  const [state, setState] = useState<PositionsState>({ positions: BUNDLED_POSITIONS, packNames: {}, problem: null, loaded: false });
  useEffect(() => {
    let live = true;
    const load = () =>
      loadAllPositions().then(
        ({ positions, packNames }) => live && setState({ positions, packNames, problem: null, loaded: true }),
        (error: unknown) =>
          live && setState({ positions: BUNDLED_POSITIONS, packNames: {}, problem: error instanceof Error ? error.message : String(error), loaded: true }),
      );
    void load();
    const stop = onPositionsChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

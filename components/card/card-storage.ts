// The one seam between the card and storage. The viewer (a top-level extension page) and the
// background use IndexedDB directly; the card frame on WSIS pages is a third-party context where the
// browser may deny IndexedDB or give it a separate, empty one, so card.html asks the background over
// runtime messages instead (utils/messages/card-storage). Chosen once, by the entry point.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { deleteStoredPosition, loadStoredPositions, onPositionsChanged, saveOwnPosition } from '@/components/positions/positions-store';
import { onWatchesChangedElsewhere } from '@/components/watch-list/notify-background';
import { withDb } from '@/utils/db/connection';
import type { Watch } from '@/utils/db/schema';
import { addWatch, removeWatch, updateWatch, listWatches, type NewWatch } from '@/utils/db/watch-repository';
import type { DocumentId, Family } from '@/utils/document-id';
import {
  CARD_STORAGE,
  checkCardStorageAnswer,
  isPositionsChanged,
  type CardStorageRequest,
  type PositionsAnswer,
  type RevisionDataAnswer,
} from '@/utils/messages/card-storage';
import { isWatchesChangedMessage } from '@/utils/messages/watch-alerts';
import type { Position, PositionOrigin } from '@/utils/positions/model';
import { loadRevisionData, notADraft, type RevisionDataUpdate } from './load-revision-data';

export interface CardStorage {
  /** The card's revision data for a document it has no text of (compared with cached revisions only). */
  revisionData(documentId: DocumentId | null, update: (changes: RevisionDataUpdate) => void, signal: AbortSignal): Promise<void>;
  listWatches(family: Family): Promise<Watch[]>;
  addWatch(input: Required<NewWatch>): Promise<Watch>;
  removeWatch(id: string): Promise<void>;
  updateWatchNote(id: string, note: string): Promise<void>;
  /** Stored positions (own and packs'; not the bundled ones) and pack names by origin. */
  storedPositions(): Promise<PositionsAnswer>;
  saveOwnPosition(position: Position): Promise<void>;
  deletePosition(origin: PositionOrigin, id: string): Promise<void>;
  onPositionsChanged(listener: () => void): () => void;
  /** Another page (a viewer, a card frame, the popup) added, removed or changed a watch. */
  onWatchesChanged(listener: () => void): () => void;
}

export const directCardStorage: CardStorage = {
  revisionData: (documentId, update, signal) => loadRevisionData(documentId, null, update, { signal }),
  listWatches: (family) => withDb((db) => listWatches(db, family)),
  addWatch: (input) => withDb((db) => addWatch(db, input)),
  removeWatch: (id) => withDb((db) => removeWatch(db, id)),
  updateWatchNote: async (id, note) => {
    await withDb((db) => updateWatch(db, id, { note }));
  },
  storedPositions: loadStoredPositions,
  saveOwnPosition,
  deletePosition: deleteStoredPosition,
  onPositionsChanged,
  onWatchesChanged: onWatchesChangedElsewhere,
};

type Send = (message: CardStorageRequest) => Promise<unknown>;
type Listen = (listener: (message: unknown) => void) => () => void;

const NO_ANSWER = 'the extension did not answer (reload the page, or restart the browser if it persists)';

/**
 * The card frame's storage: every read and write is a request to the background. `listen` hears
 * runtime messages (positions changed in another page, or by the background for another frame;
 * watches changed in another page).
 */
export function messagingCardStorage(send: Send, listen: Listen): CardStorage {
  async function ask<T>(request: CardStorageRequest): Promise<T> {
    let raw: unknown;
    try {
      raw = await send(request);
    } catch (error) {
      throw new Error(`${NO_ANSWER}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const answer = checkCardStorageAnswer(request.op, raw);
    if (!answer) throw new Error(NO_ANSWER);
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as T;
  }
  const positionListeners = new Set<() => void>();
  const watchListeners = new Set<() => void>();
  const notify = (listeners: Set<() => void>) => {
    for (const listener of listeners) listener();
  };
  const notifyHere = () => notify(positionListeners);
  let heard: (() => void) | null = null;
  const subscribe = (listeners: Set<() => void>, listener: () => void) => {
    heard ??= listen((message) => {
      if (isPositionsChanged(message)) notify(positionListeners);
      else if (isWatchesChangedMessage(message)) notify(watchListeners);
    });
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const request = { type: CARD_STORAGE } as const;

  return {
    revisionData: async (documentId, update, signal) => {
      const family = documentId?.family;
      const revision = documentId?.revision;
      if (!family || !revision) return update({ comparison: notADraft });
      try {
        const answer = await ask<RevisionDataAnswer>({ ...request, op: 'revision-data', family, revision, variant: documentId.variant });
        if (!signal.aborted) update(answer);
      } catch (error) {
        if (signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        update({ comparison: { state: 'failed', previous: { revision: 'unknown', name: 'the previous revision', url: null, cached: false }, message } });
      }
    },
    listWatches: (family) => ask({ ...request, op: 'list-watches', family }),
    addWatch: ({ family, revision, label, text, note }) => ask({ ...request, op: 'add-watch', family, revision, label, text, note }),
    removeWatch: (id) => ask({ ...request, op: 'remove-watch', id }),
    updateWatchNote: (id, note) => ask({ ...request, op: 'update-watch-note', id, note }),
    storedPositions: () => ask({ ...request, op: 'read-positions' }),
    saveOwnPosition: async (position) => {
      await ask({ ...request, op: 'save-position', position });
      notifyHere();
    },
    deletePosition: async (origin, id) => {
      await ask({ ...request, op: 'delete-position', origin, id });
      notifyHere();
    },
    onPositionsChanged: (listener) => subscribe(positionListeners, listener),
    onWatchesChanged: (listener) => subscribe(watchListeners, listener),
  };
}

const CardStorageContext = createContext<CardStorage>(directCardStorage);
export const CardStorageProvider = CardStorageContext.Provider;

export function useCardStorage(): CardStorage {
  return useContext(CardStorageContext);
}

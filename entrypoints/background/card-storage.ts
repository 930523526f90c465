// The card frame on WSIS pages asks here for what it would read or write in IndexedDB: the frame is a
// third-party context where the browser may deny IndexedDB or partition it (see components/card/card-storage).
import { directCardStorage } from '@/components/card/card-storage';
import type { RevisionDataUpdate } from '@/components/card/load-revision-data';
import { isCardStorageRequest, slimRevisionText, type CardStorageAnswer, type CardStorageRequest, type RevisionDataAnswer } from '@/utils/messages/card-storage';
import { fromExtensionPage, type MessageHandler } from './message-router';

export const cardStorageHandler: MessageHandler<CardStorageRequest> = {
  accepts: isCardStorageRequest,
  allowed: fromExtensionPage,
  handle: async (message): Promise<CardStorageAnswer<unknown>> => ({ ok: true, value: await answer(message) }),
};

async function answer(message: CardStorageRequest): Promise<unknown> {
  const storage = directCardStorage;
  switch (message.op) {
    case 'revision-data':
      return revisionData(message);
    case 'list-watches':
      return storage.listWatches(message.family);
    case 'add-watch': {
      const { family, revision, label, text, note } = message;
      return storage.addWatch({ family, revision, label, text, note });
    }
    case 'remove-watch':
      await storage.removeWatch(message.id);
      return null;
    case 'update-watch-note':
      await storage.updateWatchNote(message.id, message.note);
      return null;
    case 'read-positions':
      return storage.storedPositions();
    case 'save-position':
      // Tells the viewers and the card frames (a runtime message).
      await storage.saveOwnPosition(message.position);
      return null;
    case 'delete-position':
      await storage.deletePosition(message.origin, message.id);
      return null;
  }
}

/** The frame's path of loadRevisionData (no text of its own, nothing fetched), its updates merged into one answer. */
async function revisionData(message: Extract<CardStorageRequest, { op: 'revision-data' }>): Promise<RevisionDataAnswer> {
  let merged: RevisionDataUpdate = {};
  const documentId = { family: message.family, revision: message.revision, variant: message.variant, symbol: null, date: null, title: null };
  await directCardStorage.revisionData(documentId, (changes) => (merged = { ...merged, ...changes }), new AbortController().signal);
  const comparison = merged.comparison ?? { state: 'none', reason: 'No earlier revision of this text is known.' };
  return {
    comparison:
      comparison.state === 'ready'
        ? { ...comparison, previousText: slimRevisionText(comparison.previousText), units: null }
        : comparison.state === 'loading'
          ? { state: 'none', reason: `Open ${comparison.previous.name} once to compare with it; WSIS Lens keeps it for later.` }
          : comparison,
    revisions: (merged.revisions ?? []).map(slimRevisionText),
    learnedUrls: { ...merged.learnedUrls },
  };
}

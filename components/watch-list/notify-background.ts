// Tells the background that watches or stored revisions changed, so it recounts the toolbar badge.
// The same message reaches every other extension page (runtime messages go to all of them but the
// sender): an open card hears it and shows the watch as it now is.
// Never throws: outside the extension (unit tests) there is no background to tell.
import { onMessageFromOtherPages } from '@/components/runtime-messages';
import { WATCHES_CHANGED, isWatchesChangedMessage, type WatchesChangedReply } from '@/utils/messages/watch-alerts';

export async function notifyWatchesChanged(): Promise<WatchesChangedReply | null> {
  try {
    return ((await browser.runtime.sendMessage(WATCHES_CHANGED)) as WatchesChangedReply | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Calls `listener` when another extension page changed the watches; returns the unsubscribe. */
export function onWatchesChangedElsewhere(listener: () => void): () => void {
  return onMessageFromOtherPages(isWatchesChangedMessage, listener);
}

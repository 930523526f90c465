// Tells the background that watches or stored revisions changed, so it recounts the toolbar badge.
// Never throws: outside the extension (unit tests) there is no background to tell.
import { WATCHES_CHANGED, type WatchesChangedReply } from '@/utils/messages/watch-alerts';

export async function notifyWatchesChanged(): Promise<WatchesChangedReply | null> {
  try {
    return ((await browser.runtime.sendMessage(WATCHES_CHANGED)) as WatchesChangedReply | undefined) ?? null;
  } catch {
    return null;
  }
}

// The toolbar badge: how many watched paragraphs changed since the revision the reader acknowledged.
// Recomputed from the database when a page says watches or revisions changed, and at start-up
// (the badge itself does not survive a browser restart).
import { getDb } from '@/utils/db/connection';
import { isWatchesChangedMessage, type WatchesChangedMessage, type WatchesChangedReply } from '@/utils/messages/watch-alerts';
import { badgeText, refreshSightings } from '@/utils/watches/refresh-sightings';
import { fromExtensionPage, type MessageHandler } from './message-router';

// One recomputation at a time; a request arriving meanwhile waits for the next one.
let running: Promise<number> = Promise.resolve(0);

export function refreshWatchBadge(): Promise<number> {
  running = running
    .catch(() => 0)
    .then(async () => {
      const { changed } = await refreshSightings(await getDb());
      await browser.action.setBadgeBackgroundColor({ color: '#c0392b' });
      await browser.action.setBadgeText({ text: badgeText(changed.length) });
      await browser.action.setTitle({ title: changed.length > 0 ? `WSIS Lens: ${changed.length} watched paragraph${changed.length === 1 ? '' : 's'} changed` : 'WSIS Lens' });
      return changed.length;
    });
  return running;
}

/** `afterChange`: what else follows a change of the watches (the optional sync). */
export function watchAlertsHandler(afterChange: () => void = () => {}): MessageHandler<WatchesChangedMessage> {
  return {
    accepts: isWatchesChangedMessage,
    allowed: fromExtensionPage,
    handle: async (): Promise<WatchesChangedReply> => {
      const changed = await refreshWatchBadge();
      afterChange();
      return { ok: true, changed };
    },
  };
}

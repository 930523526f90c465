// Thin: keeps the PDF redirect rules in step with the popup's switch, and routes messages to their
// handlers (one file each, beside this one). The rules themselves live in utils/pdf-interception.
import { INTERCEPT_DEFAULT, INTERCEPT_STORAGE_KEY, applyInterception, forgetTab, type DnrApi } from '@/utils/pdf-interception';
import { cardStorageHandler } from './card-storage';
import { routeMessages } from './message-router';
import { openOriginalHandler } from './open-original';
import { pageFactsHandler } from './page-facts';
import { pageReferencesHandler } from './page-references';
import { positionLabelsHandler } from './position-labels';
import { revisionLinksHandler } from './revision-links';
import { refreshWatchBadge, watchAlertsHandler } from './watch-alerts';
import { isSyncChange, syncWatches } from './watch-sync';
import { SYNC_SWITCH_KEY } from '@/utils/watches/sync-payload';

export default defineBackground(() => {
  const dnr = browser.declarativeNetRequest as unknown as DnrApi;
  const viewerPage = browser.runtime.getURL('/viewer.html');

  // One sync at a time: start-up, install and a switch flip may overlap, and rule ids must not clash.
  let syncing: Promise<void> = Promise.resolve();
  function sync(): Promise<void> {
    syncing = syncing.then(async () => {
      const stored = await browser.storage.local.get(INTERCEPT_STORAGE_KEY);
      const value = stored[INTERCEPT_STORAGE_KEY];
      await applyInterception(dnr, typeof value === 'boolean' ? value : INTERCEPT_DEFAULT, viewerPage);
    }).catch((error: unknown) => console.error('WSIS Lens: could not update the PDF redirect rules', error));
    return syncing;
  }

  void sync();
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && INTERCEPT_STORAGE_KEY in changes) void sync();
  });

  browser.runtime.onMessage.addListener(
    routeMessages([openOriginalHandler(dnr), revisionLinksHandler, watchAlertsHandler(() => watchSync()), pageFactsHandler(viewerPage), positionLabelsHandler, pageReferencesHandler, cardStorageHandler]),
  );

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(dnr, tabId));

  // The badge is not kept across restarts; the watches and revisions are.
  const badge = () => void refreshWatchBadge().catch((error: unknown) => console.error('WSIS Lens: could not count changed watches', error));
  badge();
  browser.runtime.onStartup.addListener(badge);

  // The optional watch-list sync (off by default): on start-up, when switched on, and when another browser wrote.
  const watchSync = () => void syncWatches(refreshWatchBadge).catch((error: unknown) => console.error('WSIS Lens: could not sync the watch list', error));
  watchSync();
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' && isSyncChange(changes)) || (area === 'local' && changes[SYNC_SWITCH_KEY]?.newValue === true)) watchSync();
  });
});

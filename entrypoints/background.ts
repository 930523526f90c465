// Thin: keeps the PDF redirect rules in step with the popup's switch, and lets the viewer hand a tab
// back to the browser's own PDF viewer. The rules themselves live in utils/pdf-interception.
import {
  INTERCEPT_DEFAULT,
  INTERCEPT_STORAGE_KEY,
  allowOriginalInTab,
  applyInterception,
  forgetTab,
  isOpenOriginalMessage,
  type DnrApi,
} from '@/utils/pdf-interception';

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

  // Not async: a listener that returns a promise answers every message, so others go unanswered.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the viewer, in a tab, may ask; and only for a UN address (checked by the guard).
    const fromViewer = sender.id === browser.runtime.id && sender.url?.startsWith(viewerPage);
    const tabId = sender.tab?.id;
    if (!fromViewer || tabId === undefined || !isOpenOriginalMessage(message)) return undefined;
    return allowOriginalInTab(dnr, tabId, message.url).then(() => ({ ok: true }));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(dnr, tabId));
});

// UN pages: a cheap check first; on a WSIS page, the overlay (indicator, badges, chips, card) is
// imported from the extension (entrypoints/wsis-overlay) and mounted in one open shadow root. Every
// other UN page pays for this file only. Kept thin: the check lives in utils/detect/wsis-page, the
// overlay in components/page-overlay.
import type { MountOverlay } from '@/components/page-overlay/mount';
import { isWsisPage } from '@/utils/detect/wsis-page';
import { OVERLAY_KEY, OVERLAY_MODULE } from '@/utils/overlay/overlay-module';

export default defineContentScript({
  // The UN hosts of host_permissions in wxt.config.ts (an e2e test checks they agree). Not
  // imported from there: the config module must stay out of the content script's bundle.
  matches: ['https://publicadministration.desa.un.org/*', 'https://docs.un.org/*', 'https://documents.un.org/*'],
  runAt: 'document_idle',
  // Posting to the page's window is WXT's legacy signal; the DOM event is enough for us.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The cheap text detection needs besides the URL: the title and the first heading.
    const hint = `${document.title} ${document.querySelector('h1')?.textContent ?? ''}`;
    if (!isWsisPage(location.href, hint)) {
      // Not a WSIS page: leave no trace, not even WXT's own context listener.
      ctx.abort();
      return;
    }
    await import(/* @vite-ignore */ browser.runtime.getURL(OVERLAY_MODULE));
    const mount = (globalThis as Record<symbol, MountOverlay | undefined>)[OVERLAY_KEY];
    // An update may have replaced this copy while the overlay loaded.
    if (!mount || !ctx.isValid) return;
    mount(ctx, hint, {
      getURL: (path) => browser.runtime.getURL(path),
      sendMessage: (message) => browser.runtime.sendMessage(message),
    });
  },
});

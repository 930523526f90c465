// UN pages: a cheap check first; on a WSIS page, one open shadow root with the indicator and the paragraph overlay.
// Kept thin: the cheap check lives in utils/detect/wsis-page, the overlay in components/page-overlay, the mounting in ./mount.
import { isWsisPage } from '@/utils/detect/wsis-page';
import { mount, readPageHint } from './mount';

export default defineContentScript({
  // The UN hosts of host_permissions in wxt.config.ts (an e2e test checks they agree). Not
  // imported from there: the config module must stay out of the content script's bundle.
  matches: ['https://publicadministration.desa.un.org/*', 'https://docs.un.org/*', 'https://documents.un.org/*'],
  runAt: 'document_idle',
  // Posting to the page's window is WXT's legacy signal; the DOM event is enough for us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const hint = readPageHint();
    if (!isWsisPage(location.href, hint)) {
      // Not a WSIS page: leave no trace, not even WXT's own context listener.
      ctx.abort();
      return;
    }
    mount(ctx, hint);
  },
});

// UN pages: a cheap check first; on a WSIS page, one open shadow root with the indicator and the paragraph overlay.
// Kept thin: detection lives in utils/, the UI in components/, the mounting in ./indicator.
import { readPageHint, mountIndicator } from './indicator';
import { isWsisPage } from '@/utils/detect/wsis-page';

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
    mountIndicator(ctx, hint);
  },
});

// The viewer's "Open in the browser's viewer": let this tab load the PDF without the redirect.
import { allowOriginalInTab, isOpenOriginalMessage, type DnrApi, type OpenOriginalMessage } from '@/utils/pdf-interception';
import { fromExtensionPage, type MessageHandler } from './message-router';

export function openOriginalHandler(dnr: DnrApi): MessageHandler<OpenOriginalMessage> {
  const viewerPage = browser.runtime.getURL('/viewer.html');
  return {
    accepts: isOpenOriginalMessage,
    // Only the viewer, in a tab, may ask; the guard checked the address is on a UN host.
    allowed: (sender) => fromExtensionPage(sender) && (sender.url?.startsWith(viewerPage) ?? false) && sender.tab?.id !== undefined,
    handle: (message, sender) => allowOriginalInTab(dnr, sender.tab!.id!, message.url).then(() => ({ ok: true })),
  };
}

// A WSIS page's content script asks what the page is and which of its links are drafts (the chips);
// detection and the catalog live here rather than in every page. The draft files it links to are
// remembered as learned addresses, for comparisons with revisions the catalog has no file for.
import { getDb } from '@/utils/db/connection';
import { revisionLinksIn, pageFacts } from '@/utils/overlay/page-facts';
import { isPageFactsRequest, type PageFactsRequest } from '@/utils/overlay/page-facts-message';
import { learnRevisionUrls } from '@/utils/revisions/revision-store';
import { fromThisExtension, type MessageHandler } from './message-router';

export function pageFactsHandler(viewerPage: string): MessageHandler<PageFactsRequest> {
  return {
    accepts: isPageFactsRequest,
    allowed: (sender) => fromThisExtension(sender) && sender.tab !== undefined,
    handle: async (message) => {
      const links = revisionLinksIn(message.links);
      // Not awaited: the page's chips need not wait for the database.
      if (links.length > 0) {
        void getDb()
          .then((db) => learnRevisionUrls(db, links))
          .catch((error: unknown) => console.warn('WSIS Lens: could not remember revision links', error));
      }
      return pageFacts(message, viewerPage);
    },
  };
}

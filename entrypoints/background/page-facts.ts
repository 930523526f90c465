// A WSIS page's content script asks what the page is and which of its links are drafts (the chips);
// detection and the catalog live here rather than in every page. The draft files it links to are
// remembered as learned addresses, for comparisons with revisions the catalog has no file for; the
// chips compare with them at once, and count the watched paragraphs that changed in their revision.
import { getDb } from '@/utils/db/connection';
import { listWatches } from '@/utils/db/watch-repository';
import type { ChipContext } from '@/utils/overlay/document-chip';
import { revisionLinksIn, pageFacts } from '@/utils/overlay/page-facts';
import { isPageFactsRequest, type PageFactsRequest } from '@/utils/overlay/page-facts-message';
import { cachedRevisionsOf, learnedRevisionUrls, learnRevisionUrls, type RevisionLink } from '@/utils/revisions/revision-store';
import { learnedUrlKey } from '@/utils/revisions/previous-revision';
import { changedWatchCounts } from '@/utils/watches/changed-watch-counts';
import { fromThisExtension, type MessageHandler } from './message-router';

export function pageFactsHandler(viewerPage: string): MessageHandler<PageFactsRequest> {
  return {
    accepts: isPageFactsRequest,
    allowed: (sender) => fromThisExtension(sender) && sender.tab !== undefined,
    handle: async (message) => {
      const links = revisionLinksIn(message.links);
      return pageFacts(message, viewerPage, await chipContext(links));
    },
  };
}

/** What the database adds to the chips; without it (it failed) the chips still come, from the catalog. */
async function chipContext(links: readonly RevisionLink[]): Promise<ChipContext> {
  const onPage = Object.fromEntries(links.map((link) => [learnedUrlKey(link.family, link.revision, link.variant), link.url]));
  try {
    const db = await getDb();
    const [learned, watches] = await Promise.all([learnedRevisionUrls(db), listWatches(db)]);
    // Not awaited: the chips need not wait for the write.
    if (links.length > 0) void learnRevisionUrls(db, links).catch((error: unknown) => console.warn('WSIS Lens: could not remember revision links', error));
    const families = [...new Set(links.map((link) => link.family))].filter((family) => watches.some((watch) => watch.family === family));
    const revisions = (await Promise.all(families.map((family) => cachedRevisionsOf(db, family)))).flat();
    return { learnedUrls: { ...learned, ...onPage }, changedWatches: changedWatchCounts(watches, revisions, links) };
  } catch (error) {
    console.warn('WSIS Lens: chips without the database', error);
    return { learnedUrls: onPage };
  }
}

// Where the paragraph references on a WSIS page point: the revision a reference names, else the one
// the page addresses (its URL or text: "Rev2 consultation"), else the newest with a known address.
import { getDb } from '@/utils/db/connection';
import { isPageReferencesRequest, type PageReferences, type PageReferencesRequest } from '@/utils/messages/page-references';
import { referenceLinks } from '@/utils/reference-links';
import { revisionAddressedBy } from '@/utils/references';
import { cachedRevisionsOf, learnedRevisionUrls } from '@/utils/revisions/revision-store';
import { fromThisExtension, type MessageHandler } from './message-router';

export const pageReferencesHandler: MessageHandler<PageReferencesRequest> = {
  accepts: isPageReferencesRequest,
  allowed: fromThisExtension,
  handle: async (message): Promise<PageReferences> => {
    const db = await getDb();
    const [cached, learnedUrls] = await Promise.all([cachedRevisionsOf(db, 'wsis20-outcome'), learnedRevisionUrls(db)]);
    const knownUrls = Object.fromEntries(cached.map((revision) => [revision.documentId.revision, revision.url]));
    const context = {
      family: 'wsis20-outcome' as const,
      // The page's own title says best which revision it is about ("Stakeholder consultation on Rev2").
      addressed: revisionAddressedBy({ url: message.pageUrl, text: message.pageTitle }),
      url: message.pageUrl,
      text: message.texts.join('\n'),
      learnedUrls,
      knownUrls,
      viewerPage: browser.runtime.getURL('/viewer.html'),
    };
    const references = message.texts.flatMap((text, index) =>
      referenceLinks(text, context).flatMap((link) => (link.href ? [{ text: index, start: link.start, end: link.end, name: link.name, href: link.href }] : [])),
    );
    return { references };
  },
};

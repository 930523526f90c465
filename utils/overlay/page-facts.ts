// The background's side of the page-facts exchange (see ./page-facts-message): detection, the label,
// and the chips with their viewer links, for a WSIS page's content script.
import { detectDocument, isWsisPdfUrl, throughUndocs } from '../detect';
import type { RevisionLink } from '../revisions/revision-store';
import { describeDocument } from './describe-document';
import { documentChipView, type ChipContext } from './document-chip';
import type { PageFacts, PageFactsRequest } from './page-facts-message';

export function pageFacts(request: PageFactsRequest, viewerPage: string, context: ChipContext = {}): PageFacts {
  const documentId = detectDocument({ url: request.url, text: request.hint });
  return {
    label: describeDocument(documentId),
    documentId,
    chips: request.links.map((link) => documentChipView(link, viewerPage, context)),
  };
}

/** The revision files among a page's links, for the revision store to remember (later comparisons). */
export function revisionLinksIn(links: readonly string[]): RevisionLink[] {
  const found: RevisionLink[] = [];
  for (const link of links) {
    const url = throughUndocs(link);
    if (!isWsisPdfUrl(url)) continue;
    const id = detectDocument({ url, format: 'pdf' });
    if (id.family && id.revision && (id.variant === 'clean' || id.variant === 'tracked')) {
      found.push({ family: id.family, revision: id.revision, variant: id.variant, url });
    }
  }
  return found;
}

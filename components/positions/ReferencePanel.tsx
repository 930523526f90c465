// In a stakeholder input, its paragraph references as links that open the cited paragraph in the
// revision the text addresses (utils/reference-links). A list beside the pages: text nodes only.
import { useMemo } from 'preact/hooks';
import type { CardData } from '@/components/card/card-data';
import { revisionName } from '@/utils/catalog';
import { referenceLinks, addressedRevision, type ReferenceLink } from '@/utils/reference-links';
import css from './reference-panel.css?inline';

const CONTEXT_CHARS = 60;

interface PageReference extends ReferenceLink {
  page: number;
  before: string;
  after: string;
}

export function ReferencePanel({ pages, data }: { pages: readonly string[]; data: CardData }) {
  const { document, revisions, learnedUrls, viewerPage } = data;
  const family = document.documentId?.family ?? 'wsis20-outcome';
  const knownUrls = useMemo(() => Object.fromEntries(revisions.filter((r) => r.documentId.variant !== 'tracked').map((r) => [r.documentId.revision ?? '', r.url])), [revisions]);
  const context = { family, addressed: document.documentId?.revision ?? null, url: document.url, text: pages.join('\n'), learnedUrls, knownUrls, viewerPage };
  const references = useMemo(
    () =>
      pages.flatMap((text, index) =>
        referenceLinks(text, context).map((link): PageReference => ({
          ...link,
          page: index + 1,
          before: text.slice(Math.max(0, link.start - CONTEXT_CHARS), link.start).replace(/\s+/g, ' ').trimStart(),
          after: text.slice(link.end, link.end + CONTEXT_CHARS).replace(/\s+/g, ' ').trimEnd(),
        })),
      ),
    [pages, knownUrls, learnedUrls, document.url, document.documentId?.revision],
  );
  const addressed = addressedRevision(context);
  return (
    <aside class="wsis-references" data-wsis-references="" aria-labelledby="wsis-references-heading">
      <style>{css}</style>
      <h2 id="wsis-references-heading">
        Paragraphs cited ({references.length})
      </h2>
      <p class="wsis-references__note">This input addresses {revisionName(addressed, family)}; each reference opens that paragraph.</p>
      <ol>
        {references.map((reference) => (
          <li key={`${reference.page}:${reference.start}`}>
            {reference.href ? (
              <a href={reference.href} data-wsis-reference={reference.text} data-wsis-reference-revision={reference.revision}>
                {reference.name}
              </a>
            ) : (
              <span data-wsis-reference={reference.text} title={`No address of ${revisionName(reference.revision, family)} is known yet: open it once.`}>
                {reference.name}
              </span>
            )}
            <span class="wsis-references__context">
              {' '}
              p. {reference.page}: …{reference.before}
              <mark>{reference.text}</mark>
              {reference.after}…
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}

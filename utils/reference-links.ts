// Paragraph references in a stakeholder text as links into the viewer: each "para. 98" opens ¶98 of
// the revision the reference names ("Rev1 para 96"), else the one the document addresses (its first
// page or its URL, "Inputs to Rev2"), else the one its text names most, else the newest known revision.
import { revisionName } from './catalog';
import type { Family } from './document-id';
import { POSITION_REVISIONS, type PositionRevision } from './positions/model';
import { findParagraphReferences, revisionAddressedBy } from './references';
import { cleanUrl } from './revisions/previous-revision';
import { viewerUrlFor } from './viewer-url';

export interface ReferenceLinkContext {
  family: Family;
  /** The revision detection says the document addresses, if any. */
  addressed: string | null;
  /** The document's address and whole text (to find the revision it addresses when detection did not). */
  url: string;
  text: string;
  learnedUrls?: Readonly<Record<string, string>>;
  /** Addresses of revisions read before (the store), by revision. */
  knownUrls?: Readonly<Record<string, string>>;
  viewerPage: string;
}

export interface ReferenceLink {
  start: number;
  end: number;
  /** The reference as written ("paras 98–101"). */
  text: string;
  labels: string[];
  revision: PositionRevision;
  /** "¶98 of Rev.2", or "¶¶98–101 of Rev.2". */
  name: string;
  /** The viewer at the first label, or null when no address of that revision is known. */
  href: string | null;
}

/** The address of a revision's clean text: the catalog's, one learned from a page, or one read before. */
export function revisionAddress(context: Pick<ReferenceLinkContext, 'family' | 'learnedUrls' | 'knownUrls'>, revision: PositionRevision): string | null {
  return cleanUrl(context.family, revision, context.learnedUrls) ?? context.knownUrls?.[revision] ?? null;
}

/** The revision a stakeholder text addresses: detection's, else its URL or text, else the newest with an address. */
export function addressedRevision(context: ReferenceLinkContext): PositionRevision {
  const detected = POSITION_REVISIONS.find((revision) => revision === context.addressed);
  if (detected) return detected;
  const named = revisionAddressedBy({ url: context.url, text: context.text });
  if (named) return named;
  const withAddress = [...POSITION_REVISIONS].reverse().find((revision) => revisionAddress(context, revision) !== null);
  return withAddress ?? 'final';
}

export function referenceLinks(text: string, context: ReferenceLinkContext): ReferenceLink[] {
  const fallback = addressedRevision(context);
  return findParagraphReferences(text).map((span) => {
    const revision = span.revision ?? fallback;
    const file = revisionAddress(context, revision);
    const first = span.labels[0] ?? '';
    const last = span.labels[span.labels.length - 1] ?? first;
    // Preambular labels are named without ¶ ("PP3"), as the rest of the extension names them.
    const mark = (many: boolean) => (first.startsWith('PP') ? '' : many ? '¶¶' : '¶');
    const labels = span.labels.length > 1 ? `${mark(true)}${first}–${last}` : `${mark(false)}${first}`;
    return {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      labels: span.labels,
      revision,
      name: `${labels} of ${revisionName(revision, context.family)}`,
      href: file ? viewerUrlFor(context.viewerPage, file, { para: first }) : null,
    };
  });
}

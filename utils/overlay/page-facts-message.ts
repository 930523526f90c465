// Content script ↔ background: what a WSIS page is and which of its links get a chip. Detection and the
// catalog stay in the background (the content script would be twice its size with them); this file is
// all the content script carries of the exchange: the message shapes and their checks.
import type { DocumentId } from '../document-id';
import type { DocumentChipView } from './document-chip';

export interface PageFactsRequest {
  type: 'wsis-lens/page-facts';
  /** The page's address. */
  url: string;
  /** Its title and first heading (the cheap check's input). */
  hint: string;
  /** Link addresses to make chips for (UN hosts only). */
  links: string[];
}

export interface PageFacts {
  /** "WSIS+20 Rev.2 page", for the indicator. */
  label: string;
  documentId: DocumentId;
  /** One per requested link, in order; null where the link gets no chip. */
  chips: (DocumentChipView | null)[];
}

export const MAX_LINKS = 1000;
const MAX_URL = 4000;

export function pageFactsRequest(url: string, hint: string, links: string[]): PageFactsRequest {
  return { type: 'wsis-lens/page-facts', url, hint: hint.slice(0, 2000), links: links.slice(0, MAX_LINKS) };
}

export function isPageFactsRequest(value: unknown): value is PageFactsRequest {
  const m = value as Partial<PageFactsRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'wsis-lens/page-facts' &&
    isShortString(m.url, MAX_URL) &&
    isShortString(m.hint, 2000) &&
    Array.isArray(m.links) &&
    m.links.length <= MAX_LINKS &&
    m.links.every((link) => isShortString(link, MAX_URL))
  );
}

/** The background's answer, as far as the content script relies on it. */
export function isPageFacts(value: unknown, links: number): value is PageFacts {
  const f = value as Partial<PageFacts> | null;
  return typeof f === 'object' && f !== null && typeof f.label === 'string' && Array.isArray(f.chips) && f.chips.length === links;
}

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

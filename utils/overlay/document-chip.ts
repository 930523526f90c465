// What a chip next to a link to a WSIS+20 draft says and offers: the revision, its date, and the
// clean and tracked-changes files (the link's own address for its own variant, the catalog's otherwise).
import { catalogEntry, revisionName } from '../catalog';
import { detectDocument, isWsisPdfUrl } from '../detect';
import type { Revision } from '../document-id';

export interface DocumentChipInfo {
  revision: Revision;
  /** "Rev.2", "Zero Draft". */
  name: string;
  variant: 'clean' | 'tracked';
  /** "3 Dec 2025"; null when unknown. */
  dateLabel: string | null;
  clean: string | null;
  tracked: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Null for links that are not a known draft or revision. */
export function documentChipFor(href: string): DocumentChipInfo | null {
  if (!isWsisPdfUrl(href)) return null;
  const id = detectDocument({ url: href, format: 'pdf' });
  if (!id.revision || (id.variant !== 'clean' && id.variant !== 'tracked')) return null;
  const family = id.family ?? undefined;
  const urls = catalogEntry(id.revision, family)?.urls;
  return {
    revision: id.revision,
    name: revisionName(id.revision, family),
    variant: id.variant,
    dateLabel: shortDate(id.date),
    clean: id.variant === 'clean' ? href : (urls?.clean ?? null),
    tracked: id.variant === 'tracked' ? href : (urls?.tracked ?? null),
  };
}

/** "2025-12-03" → "3 Dec 2025". */
export function shortDate(iso: string | null): string | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return null;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

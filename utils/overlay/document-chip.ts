// What a chip next to a link to a WSIS+20 draft says and offers: the revision, its date, the clean and
// tracked-changes files (the link's own address for its own variant, the catalog's or a learned one
// otherwise), the revision before it to compare with, and how many of the reader's watched paragraphs
// changed in it.
import { revisionName } from '../catalog';
import { detectDocument, isWsisPdfUrl, throughUndocs } from '../detect';
import type { Revision } from '../document-id';
import { cleanUrl, previousRevision, trackedUrl } from '../revisions/previous-revision';
import { compareAddress, viewerUrlFor } from '../viewer-url';
import { changedWatchKey, type ChangedWatchCounts } from '../watches/changed-watch-counts';

/** What the background knows beyond the catalog: addresses learned from pages' links, the watches' counts. */
export interface ChipContext {
  learnedUrls?: Readonly<Record<string, string>>;
  changedWatches?: ChangedWatchCounts;
}

export interface DocumentChipInfo {
  revision: Revision;
  /** "Rev.2", "Zero Draft". */
  name: string;
  variant: 'clean' | 'tracked';
  /** "3 Dec 2025"; null when unknown. */
  dateLabel: string | null;
  clean: string | null;
  tracked: string | null;
  /** The nearest earlier revision with a clean file (the catalog's or a learned address). */
  previous: { name: string; clean: string } | null;
  /** Watched paragraphs that changed in this revision, not yet marked as seen. */
  watchesChanged: number;
}

/** One of a chip's actions: a link into the viewer, or greyed out (href null) with the reason as title. */
export interface ChipAction {
  href: string | null;
  title: string;
}

/** The chip as drawn: its words and its actions (worked out in the background, drawn by the content script). */
export interface DocumentChipView {
  variant: 'clean' | 'tracked';
  /** "Rev.2", "Rev.2, tracked changes". */
  title: string;
  dateLabel: string | null;
  clean: ChipAction;
  tracked: ChipAction;
  compare: ChipAction;
  /** Watched paragraphs that changed in this revision (0: nothing to say). */
  watchesChanged: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Null for links that are not a known draft or revision. */
export function documentChipFor(link: string, context: ChipContext = {}): DocumentChipInfo | null {
  const href = throughUndocs(link);
  if (!isWsisPdfUrl(href)) return null;
  const id = detectDocument({ url: href, format: 'pdf' });
  if (!id.revision || (id.variant !== 'clean' && id.variant !== 'tracked')) return null;
  const family = id.family ?? 'wsis20-outcome';
  const learned = context.learnedUrls ?? {};
  const previous = previousRevision(family, id.revision, [], learned);
  return {
    revision: id.revision,
    name: revisionName(id.revision, family),
    variant: id.variant,
    dateLabel: shortDate(id.date),
    clean: id.variant === 'clean' ? href : cleanUrl(family, id.revision, learned),
    tracked: id.variant === 'tracked' ? href : trackedUrl(family, id.revision, learned),
    previous: previous?.url ? { name: previous.name, clean: previous.url } : null,
    watchesChanged: context.changedWatches?.get(changedWatchKey(family, id.revision)) ?? 0,
  };
}

/** The chip for a link, with the viewer's addresses filled in; null for links that get none. */
export function documentChipView(href: string, viewerPage: string, context: ChipContext = {}): DocumentChipView | null {
  const info = documentChipFor(href, context);
  if (!info) return null;
  const { clean, tracked, previous } = info;
  return {
    variant: info.variant,
    title: info.variant === 'tracked' ? `${info.name}, tracked changes` : info.name,
    dateLabel: info.dateLabel,
    clean: clean
      ? { href: viewerUrlFor(viewerPage, clean), title: 'Open the clean text in WSIS Lens' }
      : { href: null, title: 'Clean text not published' },
    tracked: tracked
      ? { href: viewerUrlFor(viewerPage, tracked), title: 'Open the tracked changes in WSIS Lens' }
      : { href: null, title: 'No tracked-changes version published' },
    compare:
      clean && previous
        ? { href: compareAddress(viewerPage, previous.clean, clean), title: `Compare with ${previous.name} in WSIS Lens` }
        : { href: null, title: clean ? 'No earlier revision to compare with' : 'Clean text not published' },
    watchesChanged: info.watchesChanged,
  };
}

/** "2025-12-03" → "3 Dec 2025". */
export function shortDate(iso: string | null): string | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return null;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

// The card's links to the same paragraph elsewhere: the tracked-changes version of this revision (and
// back to the clean one), the previous revision, the final text when it is at hand, and the English
// version when the document is a translation.
import { revisionName } from '../catalog';
import type { DocumentId } from '../document-id';
import { viewerUrlFor } from '../viewer-url';
import { followParagraph } from './follow-paragraph';
import { paragraphRef } from './paragraph-ref';
import { cleanUrl, trackedUrl } from './previous-revision';
import type { RevisionText } from './revision-text';

export type RevisionLinkKind = 'english' | 'tracked' | 'clean' | 'previous' | 'final';

export interface RevisionLinkTarget {
  kind: RevisionLinkKind;
  /** "Tracked changes ¶98", "Rev.1 ¶96", "Final text ¶99". */
  text: string;
  href: string;
}

export interface RevisionLinkInput {
  documentId: DocumentId | null;
  key: string;
  /** The paragraph's text in English, to find it in the final text; null when not at hand (a translation). */
  text: string | null;
  viewerPage: string;
  learnedUrls: Readonly<Record<string, string>>;
  /** The previous revision's keys for this paragraph and its address, when compared. */
  previous?: { name: string; url: string | null; keys: readonly string[] } | null;
  /** Cached texts of the family, for the final text's numbering. */
  revisions: readonly RevisionText[];
  /** A translation's English version (same numbering), where the comparison can be read. */
  english?: string | null;
}

export function revisionLinks(input: RevisionLinkInput): RevisionLinkTarget[] {
  const { documentId, key, viewerPage, learnedUrls } = input;
  const links: RevisionLinkTarget[] = [];
  const at = (file: string, para: string) => viewerUrlFor(viewerPage, file, { para });
  if (input.english) links.push({ kind: 'english', text: `English version ${paragraphRef([key])}`, href: at(input.english, key) });
  if (documentId?.family && documentId.revision) {
    const { family, revision, variant } = documentId;
    // Clean and tracked versions of one revision number their live paragraphs alike.
    if (variant === 'tracked') {
      const clean = cleanUrl(family, revision, learnedUrls);
      if (clean) links.push({ kind: 'clean', text: `Clean version ${paragraphRef([key])}`, href: at(clean, key) });
    } else {
      const tracked = trackedUrl(family, revision, learnedUrls);
      if (tracked) links.push({ kind: 'tracked', text: `Tracked changes ${paragraphRef([key])}`, href: at(tracked, key) });
    }
    const previous = input.previous;
    if (previous?.url && previous.keys.length > 0) {
      links.push({ kind: 'previous', text: `${previous.name} ${paragraphRef(previous.keys)}`, href: at(previous.url, previous.keys[0]!) });
    }
    const final = input.revisions.find((r) => r.documentId.revision === 'final');
    if (revision !== 'final' && final && input.text !== null) {
      const there = followParagraph({ revision, key, text: input.text }, final)?.newKeys ?? [];
      if (there.length > 0) {
        links.push({ kind: 'final', text: `Final text (${revisionName('final', family)}) ${paragraphRef(there)}`, href: at(final.url, there[0]!) });
      }
    }
  }
  return links;
}

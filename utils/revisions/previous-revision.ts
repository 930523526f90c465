// Which revision a text is compared with: the nearest earlier one the reader can have — cached, or
// with a known address (the catalog's, or one learned from a DESA page's links).
import { CATALOGS, compareRevisions, revisionName } from '../catalog';
import type { Family, Revision } from '../document-id';

export interface RevisionSource {
  revision: Revision;
  name: string;
  /** Where its clean text can be fetched; null when only a cached copy exists. */
  url: string | null;
  cached: boolean;
}

/**
 * The nearest revision before `revision` that is cached or fetchable. Catalog revisions with no known
 * address and no copy are skipped (their text cannot be had), so Rev.2 may be compared with the Zero
 * Draft when Rev.1 was never seen; the card names the revision it compares with.
 */
export function previousRevision(
  family: Family,
  revision: Revision,
  cachedRevisions: readonly Revision[],
  learnedUrls: Readonly<Record<string, string>> = {},
): RevisionSource | null {
  const known = new Set<Revision>([...CATALOGS[family].revisions.map((entry) => entry.id), ...cachedRevisions]);
  const earlier = [...known].filter((candidate) => compareRevisions(candidate, revision) < 0).sort(compareRevisions).reverse();
  for (const candidate of earlier) {
    const cached = cachedRevisions.includes(candidate);
    const url = cleanUrl(family, candidate, learnedUrls);
    if (cached || url) return { revision: candidate, name: revisionName(candidate, family), url, cached };
  }
  return null;
}

/** The clean text's address of a revision: the catalog's, else one learned from a page's links. */
export function cleanUrl(family: Family, revision: Revision, learnedUrls: Readonly<Record<string, string>> = {}): string | null {
  const entry = CATALOGS[family].revisions.find((candidate) => candidate.id === revision);
  return entry?.urls.clean ?? learnedUrls[learnedUrlKey(family, revision, 'clean')] ?? null;
}

/** The tracked-changes version's address, when known. */
export function trackedUrl(family: Family, revision: Revision, learnedUrls: Readonly<Record<string, string>> = {}): string | null {
  const entry = CATALOGS[family].revisions.find((candidate) => candidate.id === revision);
  return entry?.urls.tracked ?? learnedUrls[learnedUrlKey(family, revision, 'tracked')] ?? null;
}

export function learnedUrlKey(family: Family, revision: Revision, variant: 'clean' | 'tracked'): string {
  return `${family}/${revision}/${variant}`;
}

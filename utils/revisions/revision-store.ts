// The revisions the reader has opened, kept in IndexedDB so comparisons, positions and watches work
// later and offline; and the addresses of revisions learned from the links of DESA pages.
import { isTranslation, languageFromUrl, type UnLanguage } from '../detect/document-language';
import type { Family, Revision } from '../document-id';
import type { Heading, Paragraph } from '../paragraphs/model';
import type { WsisDb } from '../db/connection';
import { listRevisions, putRevision, toStoredHeadings, toStoredParagraphs } from '../db/revision-cache';
import type { CachedRevision } from '../db/schema';
import { getSetting, setSetting } from '../db/settings';
import { learnedUrlKey } from './previous-revision';

export interface IndexedRevision<Anchor> {
  hash: string;
  url: string;
  documentId: CachedRevision['documentId'];
  paragraphs: readonly Paragraph<Anchor>[];
  headings: readonly Heading<Anchor>[];
  /** The document's language when known (see utils/detect/document-language). */
  language?: UnLanguage | null;
}

/**
 * Stores a revision of a known family; unknown documents are not kept (nothing compares with them),
 * nor translations: revisions are compared, and watches followed, in the English texts.
 */
export async function rememberRevision<Anchor>(db: WsisDb, revision: IndexedRevision<Anchor>, now = new Date()): Promise<CachedRevision | null> {
  const { family, revision: id, variant } = revision.documentId;
  // A stakeholder input names the revision it comments on; its text is not that revision's.
  if (!family || !id || variant === 'stakeholder-input' || revision.paragraphs.length === 0) return null;
  if (isTranslation(revision.language)) return null;
  const cached: CachedRevision = {
    hash: revision.hash,
    url: revision.url,
    documentId: revision.documentId,
    paragraphs: toStoredParagraphs(revision.paragraphs),
    headings: toStoredHeadings(revision.headings),
    indexedAt: now.toISOString(),
  };
  await putRevision(db, cached);
  return cached;
}

/**
 * One text per revision of the family (newest indexed first within a revision): the clean version
 * where both were opened, since a tracked-changes file may still carry deleted text.
 */
export async function cachedRevisionsOf(db: WsisDb, family: Family): Promise<CachedRevision[]> {
  const all = await listRevisions(db, family);
  const chosen = new Map<Revision, CachedRevision>();
  for (const candidate of all) {
    const id = candidate.documentId.revision;
    // Kept by an earlier version that stored translations too.
    if (!id || isTranslation(languageFromUrl(candidate.url))) continue;
    const held = chosen.get(id);
    if (!held || (held.documentId.variant === 'tracked' && candidate.documentId.variant !== 'tracked')) chosen.set(id, candidate);
  }
  return [...chosen.values()];
}

const LEARNED_URLS = 'learned-revision-urls';

export interface RevisionLink {
  family: Family;
  revision: Revision;
  variant: 'clean' | 'tracked';
  url: string;
}

export async function learnedRevisionUrls(db: WsisDb): Promise<Record<string, string>> {
  return getSetting(db, LEARNED_URLS, isStringRecord, {});
}

/** Remembers where revisions live, as a DESA page links them; the catalog's own addresses win anyway. */
export async function learnRevisionUrls(db: WsisDb, links: readonly RevisionLink[]): Promise<void> {
  if (links.length === 0) return;
  const known = await learnedRevisionUrls(db);
  let changed = false;
  for (const link of links) {
    const key = learnedUrlKey(link.family, link.revision, link.variant);
    if (known[key] !== link.url) {
      known[key] = link.url;
      changed = true;
    }
  }
  if (changed) await setSetting(db, LEARNED_URLS, known);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

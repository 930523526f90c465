// Fills a card's revision data for a document: stores the document's text (when indexed), finds the
// previous revision (cached, or fetched and indexed by the caller), aligns the two. First-party
// extension contexts only (IndexedDB): the viewer passes a `fetchRevision` that reads PDFs; the
// background runs it for the card frame on HTML pages with none (it compares with cached revisions only).
import { notifyWatchesChanged } from '@/components/watch-list/notify-background';
import { alignRevisions } from '@/utils/revisions/alignment-cache';
import { getDb } from '@/utils/db/connection';
import { englishVersionUrl, isTranslation, languageName } from '@/utils/detect/document-language';
import type { DocumentId, Family, Revision } from '@/utils/document-id';
import { previousRevision, type RevisionSource } from '@/utils/revisions/previous-revision';
import { cachedRevisionsOf, learnedRevisionUrls, rememberRevision, type IndexedRevision } from '@/utils/revisions/revision-store';
import { textOfRevision, type RevisionText } from '@/utils/revisions/revision-text';
import type { Comparison } from './card-data';

export interface RevisionDataUpdate {
  comparison?: Comparison;
  revisions?: readonly RevisionText[];
  learnedUrls?: Readonly<Record<string, string>>;
}

export type FetchRevision = (source: RevisionSource & { url: string }, onProgress: (fraction: number | null) => void) => Promise<IndexedRevision<unknown>>;

export const notADraft: Comparison = { state: 'none', reason: 'This is not a known WSIS+20 draft, so there is no earlier revision to compare with.' };

export async function loadRevisionData(
  documentId: DocumentId | null,
  current: IndexedRevision<unknown> | null,
  update: (changes: RevisionDataUpdate) => void,
  options: { fetchRevision?: FetchRevision; signal?: AbortSignal } = {},
): Promise<void> {
  const family = documentId?.family;
  const revision = documentId?.revision;
  if (!family || !revision) {
    update({ comparison: notADraft });
    return;
  }
  let previous: RevisionSource | null = null;
  try {
    const db = await getDb();
    // A revision seen for the first time may change watched paragraphs: the background recounts the badge.
    if (current && (await rememberRevision(db, current))) void notifyWatchesChanged();
    const [cached, learnedUrls] = await Promise.all([cachedRevisionsOf(db, family), learnedRevisionUrls(db)]);
    update({ revisions: cached, learnedUrls });
    if (documentId.variant === 'stakeholder-input') {
      // Its references need the revisions above; it is not itself compared as the draft it addresses.
      update({ comparison: { state: 'none', reason: 'This is a stakeholder input, not a revision of the draft: its paragraph references link to the draft it addresses.' } });
      return;
    }
    if (current && isTranslation(current.language)) {
      // Paragraph numbers agree across languages, texts do not: a French text against the English previous
      // revision would show every paragraph rewritten.
      update({ comparison: { state: 'none', reason: `This is the ${languageName(current.language)} version: changes between revisions are compared in the English texts.` } });
      if (!textOfRevision(cached, revision)) await keepEnglishVersion(db, current, { ...documentId, family, revision }, update, options);
      return;
    }
    const others = cached.filter((r) => r.documentId.revision !== revision);
    const found = previousRevision(family, revision, others.map((r) => r.documentId.revision!), learnedUrls);
    previous = found;
    if (!found) {
      update({ comparison: { state: 'none', reason: 'No earlier revision of this text is known.' } });
      return;
    }
    const here: RevisionText | null = current ? { ...current } : (cached.find((r) => r.documentId.revision === revision) ?? null);
    let previousText: RevisionText | undefined = others.find((r) => r.documentId.revision === found.revision);
    if (!previousText) {
      if (!found.url || !options.fetchRevision) {
        update({ comparison: { state: 'none', reason: `Open ${found.name} once to compare with it; WSIS Lens keeps it for later.` } });
        return;
      }
      const source = { ...found, url: found.url };
      update({ comparison: { state: 'loading', previous: source, progress: null } });
      const fetched = await options.fetchRevision(source, (progress) => {
        if (!options.signal?.aborted) update({ comparison: { state: 'loading', previous: source, progress } });
      });
      if (options.signal?.aborted) return;
      if (isTranslation(fetched.language)) {
        update({ comparison: { state: 'none', reason: `The address known for ${found.name} gives its ${languageName(fetched.language)} version; changes are compared in the English texts.` } });
        return;
      }
      const stored = await rememberRevision(db, { ...fetched, documentId: { ...fetched.documentId, family, revision: found.revision } });
      previousText = stored ?? { ...fetched };
      update({ revisions: await cachedRevisionsOf(db, family) });
    }
    const units = here && current ? alignRevisions(previousText, here) : null;
    update({ comparison: { state: 'ready', previous: found, previousText, units } });
  } catch (error) {
    if (options.signal?.aborted) return;
    const message = error instanceof Error ? error.message : String(error);
    const failed = previous ?? { revision: 'unknown', name: 'the previous revision', url: null, cached: false };
    update({ comparison: { state: 'failed', previous: failed, message } });
  }
}

/**
 * A translation stands for its revision through the English text (watches made on it, positions, links
 * to other revisions): read the English version once, in the background, and keep it. Failing that, the
 * card still works with what is cached.
 */
async function keepEnglishVersion(
  db: Awaited<ReturnType<typeof getDb>>,
  current: IndexedRevision<unknown>,
  documentId: DocumentId & { family: Family; revision: Revision },
  update: (changes: RevisionDataUpdate) => void,
  options: { fetchRevision?: FetchRevision; signal?: AbortSignal },
): Promise<void> {
  const url = englishVersionUrl(current.url, documentId.symbol);
  if (!url || !options.fetchRevision) return;
  try {
    const source = { revision: documentId.revision, name: 'the English version', url, cached: false };
    const fetched = await options.fetchRevision(source, () => undefined);
    if (options.signal?.aborted || fetched.language !== 'en') return;
    // Another document at that address (a symbol the UN reissued, a redirect): not this revision's text.
    if (fetched.documentId.symbol && documentId.symbol && fetched.documentId.symbol !== documentId.symbol) return;
    const stored = await rememberRevision(db, { ...fetched, documentId: { ...fetched.documentId, family: documentId.family, revision: documentId.revision } });
    if (stored) update({ revisions: await cachedRevisionsOf(db, documentId.family) });
  } catch {
    // Offline, or no English version at that address: nothing more to show.
  }
}

// Card data for a card shown outside the viewer (the card frame on HTML pages): the revision store's
// view of the document, loaded once per document. The viewer builds its own (it also fetches PDFs).
import { useEffect, useState } from 'preact/hooks';
import type { DocumentId } from '@/utils/document-id';
import { NO_COMPARISON, type CardData, type CardDocument } from './card-data';
import { useCardStorage } from './card-storage';
import type { RevisionDataUpdate } from './load-revision-data';

export function useCardData(document: Omit<CardDocument, 'text'>, viewerPage: string): CardData {
  const [loaded, setLoaded] = useState<Required<RevisionDataUpdate>>({ comparison: NO_COMPARISON, revisions: [], learnedUrls: {} });
  const key = documentKey(document.documentId, document.url);
  const storage = useCardStorage();
  useEffect(() => {
    const abort = new AbortController();
    void storage.revisionData(document.documentId, (changes) => {
      if (!abort.signal.aborted) setLoaded((old) => ({ ...old, ...changes }));
    }, abort.signal);
    return () => abort.abort();
  }, [key]);
  return { document: { ...document, text: null }, ...loaded, viewerPage };
}

function documentKey(id: DocumentId | null, url: string): string {
  return `${id?.family ?? ''}/${id?.revision ?? ''}/${id?.variant ?? ''}/${url}`;
}

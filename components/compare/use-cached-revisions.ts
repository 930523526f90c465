// The revisions of a family the reader has read, read from the store once for the compare view: the
// positions on its changes follow paragraphs through them, and its switch offers them.
import { useEffect, useState } from 'preact/hooks';
import { withDb } from '@/utils/db/connection';
import type { Family } from '@/utils/document-id';
import { cachedRevisionsOf } from '@/utils/revisions/revision-store';
import type { RevisionText } from '@/utils/revisions/revision-text';

/** Null until read, or when the store cannot be read (the view still compares the two it was given). */
export function useCachedRevisions(family: Family | null | undefined): readonly RevisionText[] | null {
  const [cached, setCached] = useState<readonly RevisionText[] | null>(null);
  useEffect(() => {
    if (!family) return;
    let live = true;
    withDb((db) => cachedRevisionsOf(db, family)).then(
      (revisions) => live && setCached(revisions),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [family]);
  return cached;
}

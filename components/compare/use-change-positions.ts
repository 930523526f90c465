// The stakeholder positions on each change of the compare list: bundled and stored ones, those said
// about other revisions read before followed into these two (utils/positions/change-positions).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { usePositions } from '@/components/positions/use-positions';
import { getDb } from '@/utils/db/connection';
import { positionsOnChanges } from '@/utils/positions/change-positions';
import type { PositionMatch } from '@/utils/positions/lookup';
import type { ChangeList } from '@/utils/revisions/change-list';
import { cachedRevisionsOf } from '@/utils/revisions/revision-store';
import type { RevisionText } from '@/utils/revisions/revision-text';

export function useChangePositions(texts: { older: RevisionText; newer: RevisionText } | null, list: ChangeList | null): PositionMatch[][] {
  const { positions } = usePositions();
  const [cached, setCached] = useState<readonly RevisionText[]>([]);
  const family = texts?.newer.documentId.family;
  useEffect(() => {
    if (!family) return;
    let live = true;
    getDb()
      .then((db) => cachedRevisionsOf(db, family))
      .then((revisions) => live && setCached(revisions), () => undefined); // without them, positions on these two revisions still show
    return () => {
      live = false;
    };
  }, [family]);
  return useMemo(() => (texts && list ? positionsOnChanges(list.entries, texts.older, texts.newer, positions, cached) : []), [texts, list, positions, cached]);
}

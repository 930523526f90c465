// The stakeholder positions on each change of the compare list: bundled and stored ones, those said
// about other revisions read before followed into these two (utils/positions/change-positions).
import { useMemo } from 'preact/hooks';
import { usePositions } from '@/components/positions/use-positions';
import { positionsOnChanges } from '@/utils/positions/change-positions';
import type { PositionMatch } from '@/utils/positions/lookup';
import type { ChangeList } from '@/utils/revisions/change-list';
import type { RevisionText } from '@/utils/revisions/revision-text';

/** `cached`: the other revisions read (null while unread: positions on these two revisions still show). */
export function useChangePositions(
  texts: { older: RevisionText; newer: RevisionText } | null,
  list: ChangeList | null,
  cached: readonly RevisionText[] | null,
): PositionMatch[][] {
  const { positions } = usePositions();
  return useMemo(() => (texts && list ? positionsOnChanges(list.entries, texts.older, texts.newer, positions, cached ?? []) : []), [texts, list, positions, cached]);
}

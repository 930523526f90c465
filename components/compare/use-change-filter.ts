// The compare view's filters beyond the kinds: only the changes someone took a position on, and the
// changes whose words (old or new) or stakeholders hold what the reader typed.
import { useMemo, useState } from 'preact/hooks';
import { paragraphKey, type ChangeKind } from '@/utils/align';
import type { PositionMatch } from '@/utils/positions/lookup';
import type { ChangeList } from '@/utils/revisions/change-list';
import type { RevisionText } from '@/utils/revisions/revision-text';

export function useChangeFilter(
  texts: { older: RevisionText; newer: RevisionText } | null,
  list: ChangeList | null,
  kinds: ReadonlySet<ChangeKind>,
  said: readonly (readonly PositionMatch[])[],
) {
  const [withPositionsOnly, setWithPositionsOnly] = useState(false);
  const [words, setWords] = useState('');
  const searchable = useMemo(() => {
    if (!texts || !list) return [];
    const textsByKey = (text: RevisionText) => new Map(text.paragraphs.map((p) => [paragraphKey(p), p.text]));
    const [older, newer] = [textsByKey(texts.older), textsByKey(texts.newer)];
    return list.entries.map((entry, i) =>
      [...entry.oldKeys.map((key) => older.get(key)), ...entry.newKeys.map((key) => newer.get(key)), ...(said[i] ?? []).map((m) => m.position.stakeholder)].join(' ').toLowerCase(),
    );
  }, [texts, list, said]);
  const wanted = words.trim().toLowerCase();
  const hasPositions = (index: number) => (said[index]?.length ?? 0) > 0;
  /** Whether the change at `index` of the list passes every filter. */
  const isShown = (index: number) => {
    const entry = list?.entries[index];
    return !!entry && kinds.has(entry.change) && (!withPositionsOnly || hasPositions(index)) && (!wanted || (searchable[index] ?? '').includes(wanted));
  };
  /** Changes of the kinds shown with positions on them (the toggle's count). */
  const withPositions = list ? list.entries.filter((entry, i) => kinds.has(entry.change) && hasPositions(i)).length : 0;
  return { isShown, withPositions, withPositionsOnly, setWithPositionsOnly, words, setWords };
}

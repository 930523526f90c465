// The watched paragraphs, grouped by document, changed ones first with their diffs; search; an empty
// state that says how to watch a paragraph.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { copyText } from '@/components/copy-text';
import { CopyStatus, type CopyOutcome } from '@/components/CopyStatus';
import { filterRows, groupRows, type WatchRow } from '@/utils/watches/watch-list-model';
import { watchSummary } from '@/utils/watches/watch-summary';
import { WatchItem, type WatchItemActions } from './WatchItem';

// The first rows are drawn at once, the rest a few hundred per task: a long list opens quickly and
// stays responsive while it fills in (rows off screen skip layout anyway, see content-visibility).
const FIRST_ROWS = 12; // the popup (600 px at most) shows four or five
const MORE_ROWS = 150;

export interface WatchListProps extends WatchItemActions {
  rows: readonly WatchRow[];
  onSeenAll(rows: readonly WatchRow[]): void;
}

export function WatchList({ rows, onSeenAll, ...handlers }: WatchListProps) {
  const [query, setQuery] = useState('');
  // One actions object for every row, so memoised rows do not re-render for a new closure.
  const [actions] = useState<{ current: WatchItemActions }>(() => ({ current: handlers }));
  actions.current = handlers;
  const stable = useMemo<WatchItemActions>(
    () => ({
      onSeen: (row) => actions.current.onSeen(row),
      onRemove: (row) => actions.current.onRemove(row),
      onNote: (row, note) => actions.current.onNote(row, note),
    }),
    [actions],
  );
  const groups = useMemo(() => groupRows(filterRows(rows, query)), [rows, query]);
  const total = groups.reduce((sum, group) => sum + group.rows.length, 0);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  useEffect(() => setCopied(null), [rows, query]);
  // What the list shows (the search applies), to pass on.
  const copySummary = async () => {
    const summary = watchSummary(groups);
    setCopied((await copyText(summary.text, summary.html)) ? 'copied' : 'failed');
  };
  useEffect(() => {
    if (limit >= total) return;
    const timer = setTimeout(() => setLimit((old) => old + MORE_ROWS), 0);
    return () => clearTimeout(timer);
  }, [limit, total]);

  if (rows.length === 0) {
    return (
      <div class="watch-empty" data-wsis-watch-empty="">
        <p>
          <strong>No watched paragraphs yet.</strong>
        </p>
        <p>
          Open a WSIS+20 draft on the UN site, click a paragraph's number badge, and press <em>Watch this paragraph</em> in its card (in
          the PDF viewer: open the card and press <kbd>w</kbd>). WSIS Lens then tells you here, and on its toolbar button, when a new
          revision changes, moves or deletes it.
        </p>
      </div>
    );
  }
  const changedCount = rows.filter((row) => row.changed).length;
  return (
    <div class="watch-list" data-wsis-watch-list={limit >= total ? 'complete' : 'partial'}>
      <input
        type="search"
        class="watch-search"
        placeholder="Search by number, words or note"
        aria-label="Search watched paragraphs"
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        data-wsis-watch-search=""
      />
      {changedCount > 0 ? (
        <p class="watch-alert" role="status" data-wsis-watch-alert={changedCount}>
          {changedCount === 1 ? '1 watched paragraph changed' : `${changedCount} watched paragraphs changed`} in a revision you have not marked as seen.
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p class="hint">Nothing matches “{query}”.</p>
      ) : (
        <p class="watch-copy">
          <button type="button" onClick={() => void copySummary()} data-wsis-copy-summary="" title="The paragraphs listed, changed ones first, with the words changed and your notes">
            Copy summary
          </button>{' '}
          <CopyStatus outcome={copied} count={total} noun={['paragraph', 'paragraphs']} />
        </p>
      )}
      {groups.map((group, index) => {
        const before = groups.slice(0, index).reduce((sum, earlier) => sum + earlier.rows.length, 0);
        const shown = group.rows.slice(0, Math.max(0, limit - before));
        return (
        <section key={group.family} class="watch-group" data-wsis-watch-group={group.family}>
          <h2>
            {group.name} <span class="watch-group__count">({group.rows.length})</span>
            {group.changedCount > 0 ? (
              <button type="button" class="watch-group__seen" onClick={() => onSeenAll(group.rows.filter((row) => row.changed))} data-wsis-watch-seen-all="">
                Mark all {group.changedCount} as seen
              </button>
            ) : null}
          </h2>
          <ul>
            {shown.map((row) => (
              <WatchItem key={row.id} row={row} actions={stable} />
            ))}
          </ul>
        </section>
        );
      })}
    </div>
  );
}

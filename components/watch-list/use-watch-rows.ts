// The popup's watch rows: first from the stored watches alone (one read, no alignment, so the list
// is usable at once), then from the full reports (alignment against the cached revisions).
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { withDb } from '@/utils/db/connection';
import { listWatches, removeWatch, updateWatch } from '@/utils/db/watch-repository';
import { storedRow, type WatchRow } from '@/utils/watches/watch-list-model';
import { takeFirstWatchRead } from './first-watch-read';
import { notifyWatchesChanged } from './notify-background';

export interface WatchRows {
  /** null while the first read runs. */
  rows: WatchRow[] | null;
  /** True once statuses and diffs come from the alignment. */
  refined: boolean;
  problem: string | null;
  reload(): void;
  markSeen(rows: readonly WatchRow[]): Promise<void>;
  remove(row: WatchRow): Promise<void>;
  saveNote(row: WatchRow, note: string): Promise<void>;
}

export function useWatchRows(viewerPage: string): WatchRows {
  const [rows, setRows] = useState<WatchRow[] | null>(null);
  const [refined, setRefined] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = ++generation.current;
    const fail = (error: unknown) => mine === generation.current && setProblem(error instanceof Error ? error.message : String(error));
    (takeFirstWatchRead() ?? withDb((db) => listWatches(db)))
      .then((watches) => {
        if (mine !== generation.current) return;
        performance.mark('wsis-lens:popup-watches-read');
        setRows((old) => (old === null ? watches.map((watch) => storedRow(watch, { viewerPage })) : old));
        // After the first paint: the alignment work (and its code) must not hold up the list.
        setTimeout(() => {
          import('./refine-rows')
            .then(({ refineRows }) => refineRows(viewerPage, () => mine === generation.current))
            .then((refinedRows) => {
              if (refinedRows === null) return;
              setRows(refinedRows);
              setRefined(true);
            })
            .catch(fail);
        }, 0);
      })
      .catch(fail);
  }, [viewerPage]);

  // Layout effect: the read starts (or, started early, is taken) before the first paint, not a frame later.
  useLayoutEffect(load, [load]);

  const change = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
    await notifyWatchesChanged();
    load();
  };

  return {
    rows,
    refined,
    problem,
    reload: load,
    markSeen: (seen) =>
      change(() => withDb(async (db) => {
        for (const row of seen) await updateWatch(db, row.id, { acknowledgedRevision: row.newestRevision });
      })),
    remove: (row) => {
      setRows((old) => old?.filter((candidate) => candidate.id !== row.id) ?? old);
      return change(() => withDb((db) => removeWatch(db, row.id)));
    },
    saveNote: (row, note) => {
      setRows((old) => old?.map((candidate) => (candidate.id === row.id ? { ...candidate, note } : candidate)) ?? old);
      return change(() => withDb((db) => updateWatch(db, row.id, { note })));
    },
  };
}

// The second pass of the popup's rows: each watch followed by alignment into the newest revision seen
// (status, diff, new positions). Loaded on demand, so the first paint does not wait for the aligner;
// computed a slice at a time so the list stays responsive meanwhile.
import { withDb } from '@/utils/db/connection';
import { learnedRevisionUrls } from '@/utils/revisions/revision-store';
import { loadWatchInputs } from '@/utils/watches/refresh-sightings';
import { reportRow, type WatchRow } from '@/utils/watches/watch-list-model';
import { watchReport } from '@/utils/watches/watch-status';

const SLICE = 50;

export async function refineRows(viewerPage: string, isCurrent: () => boolean): Promise<WatchRow[] | null> {
  const { inputs, learnedUrls } = await withDb(async (db) => ({ inputs: await loadWatchInputs(db), learnedUrls: await learnedRevisionUrls(db) }));
  const links = { viewerPage, learnedUrls, revisions: inputs.revisions };
  const rows: WatchRow[] = [];
  for (let start = 0; start < inputs.watches.length; start += SLICE) {
    if (!isCurrent()) return null;
    for (const watch of inputs.watches.slice(start, start + SLICE)) rows.push(reportRow(watchReport(watch, inputs.revisions, inputs.positions), links));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return isCurrent() ? rows : null;
}

// Recomputes every watch against the revisions seen so far and records where each was last seen;
// the background calls it when a revision is stored, a watch changes, and at start-up (the toolbar
// badge is not kept across browser restarts, the database is).
import type { WsisDb } from '../db/connection';
import { listPositionsByOrigin } from '../db/position-repository';
import type { Watch, WatchSighting } from '../db/schema';
import { updateWatch, listWatches } from '../db/watch-repository';
import type { Family } from '../document-id';
import { BUNDLED_POSITIONS } from '../positions/bundled-positions';
import type { Position } from '../positions/model';
import { cachedRevisionsOf } from '../revisions/revision-store';
import type { RevisionText } from '../revisions/revision-text';
import { watchReports, type WatchReport } from './watch-status';

export interface WatchOverview {
  reports: WatchReport[];
  /** Watches whose paragraph changed since the revision the reader acknowledged. */
  changed: WatchReport[];
}

/** What the status of every watch needs: the watches, cached texts per family, bundled and own positions. */
export async function loadWatchInputs(db: WsisDb): Promise<{ watches: Watch[]; revisions: RevisionText[]; positions: Position[] }> {
  const watches = await listWatches(db);
  const families = [...new Set(watches.map((watch) => watch.family))] as Family[];
  const [perFamily, own] = await Promise.all([Promise.all(families.map((family) => cachedRevisionsOf(db, family))), listPositionsByOrigin(db, 'own')]);
  return { watches, revisions: perFamily.flat(), positions: [...BUNDLED_POSITIONS, ...own] };
}

export async function watchOverview(db: WsisDb): Promise<WatchOverview> {
  const { watches, revisions, positions } = await loadWatchInputs(db);
  return watchReports(watches, revisions, positions);
}

/** Computes every watch's status and stores each new sighting; returns the overview. */
export async function refreshSightings(db: WsisDb): Promise<WatchOverview> {
  const overview = await watchOverview(db);
  for (const report of overview.reports) {
    const sighting = sightingOf(report);
    if (!sameSighting(report.watch.lastSeen, sighting)) await updateWatch(db, report.watch.id, { lastSeen: sighting });
  }
  return overview;
}

export function sightingOf(report: WatchReport): WatchSighting {
  return {
    revision: report.newestRevision,
    label: report.newestKeys[0] ?? null,
    status: report.state === 'deleted' ? 'removed' : report.changed ? 'changed' : 'unchanged',
  };
}

function sameSighting(a: WatchSighting | null, b: WatchSighting): boolean {
  return a !== null && a.revision === b.revision && a.label === b.label && a.status === b.status;
}

/** The toolbar badge's text: the number of changed watches, nothing when none. */
export function badgeText(changedCount: number): string {
  return changedCount > 0 ? String(changedCount) : '';
}

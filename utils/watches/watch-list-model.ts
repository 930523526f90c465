// The popup's rows: what each watched paragraph shows (label in the newest revision, status since
// the acknowledged revision, diff, note, links into the viewer), grouped by document, searchable.
// A row is first drawn from what is stored (the last sighting), then refined by the full report.
import { CATALOGS, revisionName } from '../catalog';
import type { Family, Revision } from '../document-id';
import type { Watch } from '../db/schema';
import { cleanUrl, trackedUrl } from '../revisions/previous-revision';
import type { RevisionText } from '../revisions/revision-text';
import { viewerUrlFor } from '../viewer-url';
import type { Token } from '../word-diff';
import { newestLabel, statusLine, type WatchState } from './status-line';
import type { WatchReport } from './watch-status';

export interface WatchRow {
  id: string;
  family: Family;
  /** The label in the newest revision seen (the watched label when deleted there). */
  label: string;
  newestRevision: Revision;
  acknowledgedRevision: Revision;
  /** "¶98 → ¶100, modified"; before the report is computed, what the last sighting says. */
  status: string;
  /** "since Rev.1, in Rev.2". */
  context: string;
  state: WatchState | null;
  changed: boolean;
  tokens: readonly Token[];
  newPositions: number;
  note: string;
  text: string;
  createdAt: string;
  /** The paragraph in the viewer, clean and tracked-changes versions; null when no address is known. */
  cleanHref: string | null;
  trackedHref: string | null;
}

export interface LinkContext {
  viewerPage: string;
  learnedUrls?: Readonly<Record<string, string>>;
  /** Cached texts, whose addresses stand in for revisions with none in the catalog. */
  revisions?: readonly RevisionText[];
}

/** A row from the stored watch alone (fast: no alignment), shown until its report is ready. */
export function storedRow(watch: Watch, links: LinkContext): WatchRow {
  const seen = watch.lastSeen;
  const newestRevision = seen?.revision ?? watch.revision;
  const label = seen?.label ?? watch.label;
  const changed = seen !== null && seen.status !== 'unchanged';
  const status = seen === null ? `¶${watch.label}, no later revision seen yet` : seen.status === 'removed' ? `¶${watch.label}, deleted` : `¶${label}, ${seen.status}`;
  return {
    id: watch.id,
    family: watch.family,
    label,
    newestRevision,
    acknowledgedRevision: watch.acknowledgedRevision,
    status,
    context: contextOf(watch, newestRevision),
    state: null,
    changed,
    tokens: [],
    newPositions: 0,
    note: watch.note,
    text: watch.text,
    createdAt: watch.createdAt,
    ...hrefs(watch.family, newestRevision, seen?.status === 'removed' ? null : label, links),
  };
}

export function reportRow(report: WatchReport, links: LinkContext): WatchRow {
  const { watch } = report;
  const label = newestLabel(report);
  return {
    ...storedRow(watch, links),
    label,
    newestRevision: report.newestRevision,
    status: statusLine(report),
    context: contextOf(watch, report.newestRevision),
    state: report.state,
    changed: report.changed,
    tokens: report.tokens,
    newPositions: report.newPositions.length,
    ...hrefs(watch.family, report.newestRevision, report.state === 'deleted' ? null : label, links),
  };
}

export interface RowGroup {
  family: Family;
  name: string;
  rows: WatchRow[];
  changedCount: number;
}

/** By document; within one, changed paragraphs first, then in the order they were watched. */
export function groupRows(rows: readonly WatchRow[]): RowGroup[] {
  const groups = new Map<Family, WatchRow[]>();
  for (const row of rows) {
    const list = groups.get(row.family) ?? [];
    list.push(row);
    groups.set(row.family, list);
  }
  return [...groups.entries()].map(([family, list]) => ({
    family,
    name: CATALOGS[family]?.name ?? family,
    rows: [...list].sort((a, b) => Number(b.changed) - Number(a.changed) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
    changedCount: list.filter((row) => row.changed).length,
  }));
}

/** Rows whose label ("98", "¶98"), note, text or status contain every word of the query, any case. */
export function filterRows(rows: readonly WatchRow[], query: string): readonly WatchRow[] {
  const words = query.toLowerCase().replace(/¶/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = `${row.label} ${row.note} ${row.text} ${row.status}`.toLowerCase();
    return words.every((word) => haystack.includes(word) || row.label.toLowerCase() === word);
  });
}

function contextOf(watch: Watch, newestRevision: Revision): string {
  const since = revisionName(watch.acknowledgedRevision, watch.family);
  return newestRevision === watch.acknowledgedRevision ? `in ${since}` : `since ${since}, in ${revisionName(newestRevision, watch.family)}`;
}

function hrefs(family: Family, revision: Revision, label: string | null, links: LinkContext) {
  const learned = links.learnedUrls ?? {};
  const cached = links.revisions?.filter((r) => r.documentId.family === family && r.documentId.revision === revision) ?? [];
  const clean = cleanUrl(family, revision, learned) ?? cached.find((r) => r.documentId.variant !== 'tracked')?.url ?? null;
  const tracked = trackedUrl(family, revision, learned) ?? cached.find((r) => r.documentId.variant === 'tracked')?.url ?? null;
  const target = label ? { para: label } : {};
  return {
    cleanHref: clean ? viewerUrlFor(links.viewerPage, clean, target) : null,
    trackedHref: tracked ? viewerUrlFor(links.viewerPage, tracked, target) : null,
  };
}

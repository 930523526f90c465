// Where a watched paragraph is now and what happened to it since the reader last looked: followed by
// alignment from the revision the reader acknowledged (never by label) into the newest revision seen.
import { compareRevisions } from '../catalog';
import type { Revision } from '../document-id';
import type { Watch } from '../db/schema';
import { positionsFor } from '../positions/lookup';
import type { Position } from '../positions/model';
import { createLabelResolver, followParagraph, type ParagraphOrigin } from '../revisions/follow-paragraph';
import type { ParagraphChange } from '../revisions/paragraph-change';
import type { RevisionText } from '../revisions/revision-text';
import type { Token } from '../word-diff';
export { newestLabel, statusLine } from './status-line';

import type { WatchState } from './status-line';
export type { WatchState };

export interface WatchReport {
  watch: Watch;
  /** The newest revision of the family seen (cached); the watch's own revision when none newer. */
  newestRevision: Revision;
  /** Keys in the newest revision (two after a split); empty when deleted there. */
  newestKeys: string[];
  /** The key in the acknowledged revision. */
  acknowledgedKey: string;
  /** What happened between the acknowledged revision and the newest. */
  state: WatchState;
  /** Word diff from the acknowledged text to the newest; empty when unchanged or deleted. */
  tokens: Token[];
  /** Positions on the paragraph said about revisions after the acknowledged one. */
  newPositions: Position[];
  /** True when the newest revision is later than the acknowledged one and the paragraph changed there. */
  changed: boolean;
}

/** The newest revision among `revisions` (one text per revision, as cachedRevisionsOf gives). */
export function newestRevisionText(revisions: readonly RevisionText[]): RevisionText | null {
  let newest: RevisionText | null = null;
  for (const candidate of revisions) {
    if (!candidate.documentId.revision) continue;
    if (!newest || compareRevisions(candidate.documentId.revision, newest.documentId.revision!) > 0) newest = candidate;
  }
  return newest;
}

/**
 * The watch's status. `revisions`: the cached texts of its family (one per revision); `positions`:
 * bundled and own positions. Without a cached text of a revision, the watch's remembered text stands in.
 * `at`: report on that revision (a chip's) instead of the newest; unchanged when its text is not cached.
 */
export function watchReport(watch: Watch, revisions: readonly RevisionText[], positions: readonly Position[] = [], at?: Revision): WatchReport {
  const textOf = (revision: Revision) => revisions.find((r) => r.documentId.revision === revision && r.documentId.family === watch.family);
  const origin: ParagraphOrigin = { revision: watch.revision, key: watch.label, text: watch.text };
  const acknowledged = pointIn(origin, textOf(watch.revision), watch.acknowledgedRevision, textOf(watch.acknowledgedRevision));
  const newest = at === undefined ? newestRevisionText(revisions.filter((r) => r.documentId.family === watch.family)) : (textOf(at) ?? null);
  const base = { watch, acknowledgedKey: acknowledged.origin.key, tokens: [] as Token[], newPositions: [] as Position[] };
  if (!newest || compareRevisions(newest.documentId.revision!, watch.acknowledgedRevision) <= 0) {
    return { ...base, newestRevision: watch.acknowledgedRevision, newestKeys: acknowledged.deleted ? [] : [acknowledged.origin.key], state: acknowledged.deleted ? 'deleted' : 'unchanged', changed: false };
  }
  const change = acknowledged.deleted ? null : followParagraph(acknowledged.origin, newest, acknowledged.text);
  const state = stateOf(change);
  const newestKeys = change?.newKeys ?? [];
  const newPositions =
    newestKeys.length === 0
      ? []
      : positionsFor(positions, { family: watch.family, revision: newest.documentId.revision as Position['revision'], label: newestKeys[0]! }, resolverFor(newest, revisions))
          .filter((match) => compareRevisions(match.via?.revision ?? newest.documentId.revision!, watch.acknowledgedRevision) > 0)
          .map((match) => match.position);
  return {
    ...base,
    newestRevision: newest.documentId.revision!,
    newestKeys,
    state,
    tokens: change?.tokens ?? [],
    newPositions,
    // Deleted before the acknowledged revision: the reader has seen that already.
    changed: state !== 'unchanged' && !acknowledged.deleted,
  };
}

/** Reports for every watch, and the ones that changed since acknowledged (the toolbar badge counts these). */
export function watchReports(watches: readonly Watch[], revisions: readonly RevisionText[], positions: readonly Position[] = []) {
  const reports = watches.map((watch) => watchReport(watch, revisions, positions));
  return { reports, changed: reports.filter((report) => report.changed) };
}

// One resolver per newest text and set of revisions, remembering its answers: a thousand watches ask
// it about the same positions' paragraphs again and again.
const resolvers = new WeakMap<RevisionText, { revisions: readonly RevisionText[]; resolve: (revision: Revision, key: string) => string | null }>();
function resolverFor(target: RevisionText, revisions: readonly RevisionText[]) {
  const held = resolvers.get(target);
  if (held && held.revisions === revisions) return held.resolve;
  const resolve = createLabelResolver(target, revisions);
  const answers = new Map<string, string | null>();
  const memo = (revision: Revision, key: string) => {
    const id = `${revision}\u0000${key}`;
    if (!answers.has(id)) answers.set(id, resolve(revision, key));
    return answers.get(id)!;
  };
  resolvers.set(target, { revisions, resolve: memo });
  return memo;
}

/** Where the watched paragraph is in revision `at`, with that revision's text when cached. */
function pointIn(origin: ParagraphOrigin, originText: RevisionText | undefined, at: Revision, atText: RevisionText | undefined) {
  if (at === origin.revision) return { origin, text: originText, deleted: false };
  if (!atText) return { origin, text: originText, deleted: false };
  const change = followParagraph(origin, atText, originText);
  const key = change?.newKeys[0];
  if (!key) return { origin, text: originText, deleted: true };
  const text = atText.paragraphs.find((p) => (p.part ? `A${p.part}:${p.label}` : p.label) === key)?.text ?? origin.text;
  return { origin: { revision: at, key, text }, text: atText, deleted: false };
}

function stateOf(change: ParagraphChange | null): WatchState {
  if (!change || change.newKeys.length === 0) return 'deleted';
  switch (change.change) {
    case 'unchanged':
    case 'modified':
    case 'moved':
    case 'split':
    case 'merged':
      return change.change;
    // A paragraph followed from its own text cannot be "added"; treat a stray answer as unchanged.
    default:
      return 'unchanged';
  }
}

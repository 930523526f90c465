// Which positions speak to one paragraph of one revision. A position is stored with the labels of
// the revision it addressed; reaching it from another revision needs `resolve` (alignment supplies
// it), so that "Rev1 ¶101" shows on Rev2's ¶101 only when alignment says they are the same text.

import { revisionName } from '../catalog';
import type { Family } from '../document-id';
import type { Evidence, Position, PositionRevision } from './model';

export interface ParagraphAddress {
  family: Family;
  revision: PositionRevision;
  label: string;
}

/** The label in the target revision for `label` of `revision`, or null when it has no counterpart. */
export type ResolveLabel = (revision: PositionRevision, label: string) => string | null;

export interface PositionLookupOptions {
  resolve?: ResolveLabel;
  /** Keep only positions whose stakeholder contains this text (any case): "TCCM", "G77". */
  stakeholder?: string;
}

export interface PositionMatch {
  position: Position;
  /** Where the position was said when it was about another revision ("said about Rev1 ¶101"); null when about this one. */
  via: { revision: PositionRevision; label: string } | null;
  /** How firm this match is: the evidence of the reference that matched. */
  evidence: Evidence;
}

/** "said about Rev.1 ¶96" for a match followed from another revision; null for one said about this paragraph. */
export function saidAbout({ position, via }: PositionMatch): string | null {
  return via ? `said about ${revisionName(via.revision, position.family)} ¶${via.label}` : null;
}

/**
 * Positions on one paragraph, newest first; the third argument is `resolve` alone or the options. Same-revision references come first among equal dates;
 * each position appears once, by its firmest reference (direct before via, explicit before inferred).
 */
export function positionsFor(
  positions: readonly Position[],
  target: ParagraphAddress,
  resolveOrOptions: ResolveLabel | PositionLookupOptions = {},
): PositionMatch[] {
  const options: PositionLookupOptions = typeof resolveOrOptions === 'function' ? { resolve: resolveOrOptions } : resolveOrOptions;
  const matches: PositionMatch[] = [];
  for (const position of positions) {
    if (position.family !== target.family) continue;
    if (!matchesStakeholder(position, options.stakeholder)) continue;
    const match = bestMatch(position, target, options.resolve);
    if (match !== null) matches.push(match);
  }
  return matches.sort(
    (a, b) =>
      compareDatesNewestFirst(a.position.date, b.position.date) ||
      Number(a.via !== null) - Number(b.via !== null) ||
      a.position.id.localeCompare(b.position.id),
  );
}

/** Positions about a revision as a whole (no paragraph cited), newest first. */
export function positionsOnDocument(
  positions: readonly Position[],
  target: { family: Family; revision: PositionRevision },
  options: Pick<PositionLookupOptions, 'stakeholder'> = {},
): Position[] {
  return positions
    .filter(
      (position) =>
        position.family === target.family &&
        matchesStakeholder(position, options.stakeholder) &&
        referencesOf(position).some((reference) => reference.revision === target.revision && reference.paragraphs.length === 0),
    )
    .sort((a, b) => compareDatesNewestFirst(a.date, b.date) || a.id.localeCompare(b.id));
}

function bestMatch(position: Position, target: ParagraphAddress, resolve: ResolveLabel | undefined): PositionMatch | null {
  let best: PositionMatch | null = null;
  for (const reference of referencesOf(position)) {
    for (const label of reference.paragraphs) {
      let via: PositionMatch['via'];
      if (reference.revision === target.revision) {
        if (label !== target.label) continue;
        via = null;
      } else {
        if (resolve === undefined || resolve(reference.revision, label) !== target.label) continue;
        via = { revision: reference.revision, label };
      }
      const candidate: PositionMatch = { position, via, evidence: reference.evidence };
      if (best === null || firmness(candidate) > firmness(best)) best = candidate;
    }
  }
  return best;
}

function referencesOf(position: Position): { revision: PositionRevision; paragraphs: string[]; evidence: Evidence }[] {
  return [
    { revision: position.revision, paragraphs: position.paragraphs, evidence: position.evidence },
    ...(position.alsoRefersTo ?? []),
  ];
}

function firmness(match: PositionMatch): number {
  return (match.via === null ? 2 : 0) + (match.evidence === 'explicit' ? 1 : 0);
}

function matchesStakeholder(position: Position, stakeholder: string | undefined): boolean {
  const wanted = stakeholder?.trim().toLowerCase();
  return !wanted || position.stakeholder.toLowerCase().includes(wanted);
}

/** Lexical order of ISO dates is chronological; a coarser date ("2025-12") sorts before that period's days. */
function compareDatesNewestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

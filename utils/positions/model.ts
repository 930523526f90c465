// What a stakeholder said about paragraphs of one revision of a negotiated text.
// A position is stored where it was made (family, revision, labels in that revision); reaching it
// from another revision goes through alignment (see lookup.ts), never by label alone.

import type { Family } from '../document-id';

export const POSITION_REVISIONS = [
  'elements-paper',
  'zero-draft',
  'rev1',
  'rev2',
  'rev3',
  'rev4',
  'L.41',
  'final',
] as const;
/** The revisions a position can address, oldest first. Narrower than `Revision` in document-id. */
export type PositionRevision = (typeof POSITION_REVISIONS)[number];

export const POSITION_KINDS = ['input', 'statement', 'analysis', 'note'] as const;
/** input: written submission; statement: spoken/published statement; analysis: third-party reading; note: list post or short note. */
export type PositionKind = (typeof POSITION_KINDS)[number];

export const STANCES = ['supports', 'opposes', 'proposes-amendment', 'notes-change', 'neutral'] as const;
/**
 * Toward the text of the cited paragraphs as they stand in that revision:
 * - supports: welcomes it or wants it kept;
 * - opposes: objects to it (including reservations and disassociation at adoption);
 * - proposes-amendment: wants different wording (add, delete, reinstate, correct, strengthen);
 * - notes-change: reports what changed from the previous revision, without judging it;
 * - neutral: comments or analysis with no single direction.
 */
export type Stance = (typeof STANCES)[number];

export const EVIDENCE_LEVELS = ['explicit', 'inferred'] as const;
/** explicit: the source itself names the paragraphs; inferred: someone else matched it to them. */
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** bundled: shipped with the extension; own: written by the reader; pack:<url>: from an imported pack. */
export type PositionOrigin = 'bundled' | 'own' | `pack:${string}`;

/** Paragraphs of another revision the same position is also about (e.g. the final numbering). */
export interface ParagraphReference {
  revision: PositionRevision;
  /** Labels in that revision; empty when the position is about the revision as a whole. */
  paragraphs: string[];
  evidence: Evidence;
}

export interface Position {
  id: string;
  stakeholder: string;
  kind: PositionKind;
  stance: Stance;
  family: Family;
  revision: PositionRevision;
  /** Labels as cited in `revision` ("98", "PP3"); empty when the position is about the whole text. */
  paragraphs: string[];
  evidence: Evidence;
  summary: string;
  /** The stakeholder's own words, verbatim. */
  quote?: string;
  /** Always an http(s) URL (checked by validate.ts). */
  sourceUrl: string;
  /** ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  title?: string;
  otherSources?: string[];
  alsoRefersTo?: ParagraphReference[];
  /** Why the evidence level is what it is, and caveats (attribution, secondary source). */
  evidenceNote?: string;
  /** What `sourceUrl` is when it is not the stakeholder's own text (e.g. a note with no public URL). */
  sourceDescription?: string;
  note?: string;
  origin: PositionOrigin;
}

/** A file of positions a reader can import. */
export interface PositionPack {
  format: 'wsis-lens-positions';
  version: 1;
  name: string;
  positions: Position[];
}

export const PACK_FORMAT = 'wsis-lens-positions';
export const PACK_VERSION = 1;

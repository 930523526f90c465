// The reader's own positions: built from the card's small form and checked like any pack entry, and
// exported as a pack another profile (or another reader) can import.
import type { Family } from '../document-id';
import { PACK_FORMAT, PACK_VERSION, POSITION_REVISIONS, STANCES, type Position, type PositionPack, type PositionRevision, type Stance } from './model';
import { validatePosition, type Validated } from './validate';

export const STANCE_NAMES: Readonly<Record<Stance, string>> = {
  supports: 'Supports',
  opposes: 'Opposes',
  'proposes-amendment': 'Proposes amendment',
  'notes-change': 'Notes change',
  neutral: 'Neutral',
};

export interface OwnPositionForm {
  stakeholder: string;
  stance: Stance;
  summary: string;
  quote: string;
  sourceUrl: string;
  date: string;
}

export interface OwnPositionPlace {
  family: Family;
  revision: PositionRevision;
  label: string;
}

/** The revision as positions name it, or null for one positions cannot address (unknown, a later rev). */
export function positionRevision(revision: string | null | undefined): PositionRevision | null {
  return POSITION_REVISIONS.find((candidate) => candidate === revision) ?? null;
}

export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}

/** A form as the reader filled it, checked; errors name the field in the form's words. */
export function ownPosition(form: OwnPositionForm, place: OwnPositionPlace, id: string): Validated<Position> {
  const candidate: Record<string, unknown> = {
    id,
    stakeholder: form.stakeholder,
    kind: 'note',
    stance: form.stance,
    family: place.family,
    revision: place.revision,
    paragraphs: [place.label],
    // The reader chose the paragraph themselves.
    evidence: 'explicit',
    summary: form.summary,
    sourceUrl: form.sourceUrl,
    date: form.date,
  };
  if (form.quote.trim() !== '') candidate.quote = form.quote;
  const checked = validatePosition(candidate, 'position', 'own');
  if (checked.ok) return checked;
  return { ok: false, errors: checked.errors.map((error) => error.replace(/^position\./, '').replace(/^sourceUrl/, 'source URL')) };
}

/** The form's fields for an existing position (to edit it). */
export function formOf(position: Position): OwnPositionForm {
  return {
    stakeholder: position.stakeholder,
    stance: position.stance,
    summary: position.summary,
    quote: position.quote ?? '',
    sourceUrl: position.sourceUrl,
    date: position.date,
  };
}

/** The reader's own positions as a pack file (origin is not part of the file: the importer sets it). */
export function ownPack(positions: readonly Position[], name: string): PositionPack {
  const sorted = [...positions].sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name,
    positions: sorted.map(({ origin: _origin, ...rest }) => rest as Position),
  };
}

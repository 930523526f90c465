// Card frame → background: the card's storage work (revision data, watches, positions). The frame on a
// WSIS page is a third-party context where the browser may deny IndexedDB (blocked third-party storage)
// or hand it a separate, empty one (partitioning), so the background, which holds the database, does it.
// Both sides check every field: the background does not trust senders, the frame not the answers.
import { validateWatch } from '../db/backup';
import type { Watch } from '../db/schema';
import { isDocumentId, isRevisionName, isVariant, type Variant } from '../document-id';
import { isRecord } from '../json-checks';
import type { AlignmentUnit } from '../align';
import type { Position, PositionOrigin } from '../positions/model';
import { validatePosition } from '../positions/validate';
import type { RevisionSource } from '../revisions/previous-revision';
import type { RevisionText } from '../revisions/revision-text';

export const CARD_STORAGE = 'wsis-lens/card-storage';
/** Sent to every extension page (the card frames included) when stored positions changed. */
export const POSITIONS_CHANGED = { type: 'wsis-lens/positions-changed' } as const;

export type CardStorageRequest =
  | { type: typeof CARD_STORAGE; op: 'revision-data'; family: 'wsis20-outcome'; revision: string; variant: Variant | null }
  | { type: typeof CARD_STORAGE; op: 'list-watches'; family: 'wsis20-outcome' }
  | { type: typeof CARD_STORAGE; op: 'add-watch'; family: 'wsis20-outcome'; revision: string; label: string; text: string; note: string }
  | { type: typeof CARD_STORAGE; op: 'remove-watch'; id: string }
  | { type: typeof CARD_STORAGE; op: 'update-watch-note'; id: string; note: string }
  | { type: typeof CARD_STORAGE; op: 'read-positions' }
  | { type: typeof CARD_STORAGE; op: 'save-position'; position: Position }
  | { type: typeof CARD_STORAGE; op: 'delete-position'; origin: PositionOrigin; id: string };

export type CardStorageOp = CardStorageRequest['op'];

/** What the frame's card needs of a comparison: the frame has no text of its own, so nothing is aligned (units null). */
export type FrameComparison =
  | { state: 'none'; reason: string }
  | { state: 'failed'; previous: RevisionSource; message: string }
  | { state: 'ready'; previous: RevisionSource; previousText: RevisionText; units: AlignmentUnit[] | null };

export interface RevisionDataAnswer {
  comparison: FrameComparison;
  revisions: RevisionText[];
  learnedUrls: Record<string, string>;
}

export interface PositionsAnswer {
  positions: Position[];
  packNames: Record<string, string>;
}

/** Every answer: ok with the op's value, or the error the background met (shown as the card shows errors). */
export type CardStorageAnswer<T> = { ok: true; value: T } | { ok: false; error: string };

const FAMILY = 'wsis20-outcome';
const LIMITS = { id: 100, label: 20, text: 20_000, note: 5_000, message: 2_000, url: 2_048, hash: 128, name: 200, paragraphs: 5_000, paragraphText: 100_000, heading: 1_000, revisions: 50, urls: 200, positions: 20_000, packs: 500 } as const;

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isNonEmpty = (value: unknown, max: number): value is string => isText(value, max) && value.trim().length > 0;
const isTextOrNull = (value: unknown, max: number): value is string | null => value === null || isText(value, max);
/** Only the fields named: an extra one is a request this code did not make. */
const hasOnly = (value: Record<string, unknown>, fields: readonly string[]) => Object.keys(value).every((key) => fields.includes(key));
const isOrigin = (value: unknown): value is PositionOrigin => value === 'own' || (isText(value, LIMITS.url + 5) && value.startsWith('pack:') && value.length > 5);

export function isCardStorageRequest(value: unknown): value is CardStorageRequest {
  if (!isRecord(value) || value.type !== CARD_STORAGE) return false;
  const only = (...fields: string[]) => hasOnly(value, ['type', 'op', ...fields]);
  switch (value.op) {
    case 'revision-data':
      return only('family', 'revision', 'variant') && value.family === FAMILY && isRevisionName(value.revision) && (value.variant === null || isVariant(value.variant));
    case 'list-watches':
      return only('family') && value.family === FAMILY;
    case 'add-watch':
      return (
        only('family', 'revision', 'label', 'text', 'note') &&
        value.family === FAMILY &&
        isRevisionName(value.revision) &&
        isNonEmpty(value.label, LIMITS.label) &&
        isText(value.text, LIMITS.text) &&
        isText(value.note, LIMITS.note)
      );
    case 'remove-watch':
      return only('id') && isNonEmpty(value.id, LIMITS.id);
    case 'update-watch-note':
      return only('id', 'note') && isNonEmpty(value.id, LIMITS.id) && isText(value.note, LIMITS.note);
    case 'read-positions':
      return only();
    case 'save-position':
      // The card writes the reader's own positions only; packs are the options page's.
      return only('position') && isRecord(value.position) && value.position.origin === 'own' && validatePosition(value.position, 'position', 'own').ok;
    case 'delete-position':
      return only('origin', 'id') && isOrigin(value.origin) && isNonEmpty(value.id, LIMITS.id);
    default:
      return false;
  }
}

function isRevisionText(value: unknown): value is RevisionText {
  return (
    isRecord(value) &&
    isText(value.hash, LIMITS.hash) &&
    isText(value.url, LIMITS.url) &&
    isDocumentId(value.documentId) &&
    Array.isArray(value.paragraphs) &&
    value.paragraphs.length <= LIMITS.paragraphs &&
    value.paragraphs.every(
      (p: unknown) =>
        isRecord(p) &&
        isNonEmpty(p.label, LIMITS.label) &&
        isText(p.text, LIMITS.paragraphText) &&
        Number.isInteger(p.part) &&
        (p.part as number) >= 0 &&
        (p.part as number) < 100 &&
        (p.kind === 'operative' || p.kind === 'preambular') &&
        isTextOrNull(p.heading, LIMITS.heading),
    )
  );
}

function isRevisionSource(value: unknown): value is RevisionSource {
  return isRecord(value) && isText(value.revision, 40) && isText(value.name, LIMITS.name) && isTextOrNull(value.url, LIMITS.url) && typeof value.cached === 'boolean';
}

function isFrameComparison(value: unknown): value is FrameComparison {
  if (!isRecord(value)) return false;
  switch (value.state) {
    case 'none':
      return isText(value.reason, LIMITS.message);
    case 'failed':
      return isRevisionSource(value.previous) && isText(value.message, LIMITS.message);
    case 'ready':
      return isRevisionSource(value.previous) && isRevisionText(value.previousText) && value.units === null;
    default:
      return false;
  }
}

function isStringRecord(value: unknown, maxEntries: number, maxKey: number, maxValue: number): value is Record<string, string> {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= maxEntries && entries.every(([key, text]) => key.length <= maxKey && isText(text, maxValue));
}

function isRevisionDataAnswer(value: unknown): value is RevisionDataAnswer {
  return (
    isRecord(value) &&
    isFrameComparison(value.comparison) &&
    Array.isArray(value.revisions) &&
    value.revisions.length <= LIMITS.revisions &&
    value.revisions.every(isRevisionText) &&
    isStringRecord(value.learnedUrls, LIMITS.urls, LIMITS.name, LIMITS.url)
  );
}

function isStoredPosition(value: unknown): value is Position {
  return isRecord(value) && isOrigin(value.origin) && validatePosition(value, 'position', value.origin).ok;
}

function isPositionsAnswer(value: unknown): value is PositionsAnswer {
  return (
    isRecord(value) &&
    Array.isArray(value.positions) &&
    value.positions.length <= LIMITS.positions &&
    value.positions.every(isStoredPosition) &&
    isStringRecord(value.packNames, LIMITS.packs, LIMITS.url + 5, LIMITS.name)
  );
}

const isWatch = (value: unknown): value is Watch => validateWatch(value) !== null;

/** The check of each op's value. */
const VALUES: { [Op in CardStorageOp]: (value: unknown) => boolean } = {
  'revision-data': isRevisionDataAnswer,
  'list-watches': (value) => Array.isArray(value) && value.length <= LIMITS.positions && value.every(isWatch),
  'add-watch': isWatch,
  'remove-watch': (value) => value === null,
  'update-watch-note': (value) => value === null,
  'read-positions': isPositionsAnswer,
  'save-position': (value) => value === null,
  'delete-position': (value) => value === null,
};

/** The background's answer to an op, or null when it is not one this code would give. */
export function checkCardStorageAnswer(op: CardStorageOp, answer: unknown): CardStorageAnswer<unknown> | null {
  if (!isRecord(answer)) return null;
  if (answer.ok === false) return hasOnly(answer, ['ok', 'error']) && isText(answer.error, LIMITS.message) ? { ok: false, error: answer.error } : null;
  if (answer.ok === true && hasOnly(answer, ['ok', 'value']) && VALUES[op](answer.value)) return { ok: true, value: answer.value };
  return null;
}

/** A RevisionText with only what cards read of it: a cached revision also carries headings and PDF boxes. */
export function slimRevisionText(text: RevisionText): RevisionText {
  return {
    hash: text.hash,
    url: text.url,
    documentId: text.documentId,
    paragraphs: text.paragraphs.map(({ label, text: words, part, kind, heading }) => ({ label, text: words, part, kind, heading })),
  };
}

export function isPositionsChanged(value: unknown): boolean {
  return isRecord(value) && value.type === POSITIONS_CHANGED.type && hasOnly(value, ['type']);
}

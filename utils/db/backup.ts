// Backup of what only the reader has: watches (with their notes) and own positions. Import is
// all-or-nothing: the whole file is checked first, with plain-words errors naming the entry and
// field, and only a fully valid file is written, in one transaction. Imported records replace
// stored ones with the same id; nothing else is removed.

import type { Position } from '../positions/model';
import { validatePosition } from '../positions/validate';
import type { WsisDb } from './connection';
import { STRICT, WATCH_STATUSES, type Watch, type WatchSighting } from './schema';
import { settleTransaction } from './settle-transaction';
import { capErrors, describeValue, isRecord } from '../json-checks';

export const BACKUP_FORMAT = 'wsis-lens-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 timestamp. */
  exportedAt: string;
  watches: Watch[];
  /** The reader's own positions only; pack positions come back by fetching the packs. */
  positions: Position[];
}

export type ImportResult = { ok: true; counts: { watches: number; positions: number } } | { ok: false; errors: string[] };

const LIMITS = {
  fileChars: 20_000_000,
  entries: 20_000,
  id: 100,
  revision: 40,
  label: 20,
  text: 20_000,
  note: 5_000,
  errors: 50,
} as const;
const FAMILY = 'wsis20-outcome';

/** Everything the reader would lose with the browser profile, read in one consistent snapshot. */
export async function exportBackup(db: WsisDb, now: Date = new Date()): Promise<BackupFile> {
  const tx = db.transaction(['watches', 'positions'], 'readonly');
  const [watches, positions] = await Promise.all([
    tx.objectStore('watches').getAll(),
    tx.objectStore('positions').index('by-origin').getAll('own'),
    tx.done,
  ]);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), watches, positions };
}

/** `json` is the file's text or its parsed value. Changes nothing unless the whole file is valid. */
export async function importBackup(db: WsisDb, json: unknown): Promise<ImportResult> {
  const checked = validateBackup(json);
  if (!checked.ok) return checked;
  const { watches, positions } = checked.backup;
  try {
    const tx = db.transaction(['watches', 'positions'], 'readwrite', STRICT);
    const watchStore = tx.objectStore('watches');
    const positionStore = tx.objectStore('positions');
    await settleTransaction(
      [...watches.map((watch) => watchStore.put(watch)), ...positions.map((position) => positionStore.put(position))],
      tx.done,
    );
  } catch (error) {
    // The file was fine; saving failed (disk full, connection closed). The transaction rolled back.
    const reason = error instanceof Error ? error.message || error.name : String(error);
    return { ok: false, errors: [`saving failed, so nothing was imported: ${reason}`] };
  }
  return { ok: true, counts: { watches: watches.length, positions: positions.length } };
}

export function validateBackup(json: unknown): { ok: true; backup: BackupFile } | { ok: false; errors: string[] } {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > LIMITS.fileChars) return { ok: false, errors: [`file: too large (${json.length} characters; at most ${LIMITS.fileChars})`] };
    try {
      value = JSON.parse(json);
    } catch (error) {
      return { ok: false, errors: [`file: not JSON (${error instanceof Error ? error.message : String(error)})`] };
    }
  }
  if (!isRecord(value)) {
    return { ok: false, errors: [`file: must be a WSIS Lens backup, a JSON object with "format", "version", "watches" and "positions" (got ${describeValue(value)})`] };
  }
  const errors: string[] = [];
  if (value.format !== BACKUP_FORMAT) errors.push(`format: must be "${BACKUP_FORMAT}" (got ${describeValue(value.format)})`);
  if (value.version !== BACKUP_VERSION) {
    errors.push(`version: must be ${BACKUP_VERSION}; this version of WSIS Lens reads version ${BACKUP_VERSION} backups (got ${describeValue(value.version)})`);
  }
  const exportedAt = readTimestamp(value.exportedAt, 'exportedAt', errors);
  const watches = readList(value.watches, 'watches', errors, (entry, path) => readWatch(entry, path, errors));
  const positions = readList(value.positions, 'positions', errors, (entry, path) => {
    const result = validatePosition(entry, path, 'own');
    if (result.ok) return result.value;
    errors.push(...result.errors);
    return undefined;
  });
  if (watches !== undefined) reportDuplicateIds(watches, 'watches', errors);
  if (positions !== undefined) reportDuplicateIds(positions, 'positions', errors);
  if (errors.length > 0 || exportedAt === undefined || watches === undefined || positions === undefined) {
    return { ok: false, errors: capErrors(errors, LIMITS.errors) };
  }
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, watches, positions } };
}

/** The checked entries, or undefined if the list or any entry was bad (errors say which). */
function readList<T>(value: unknown, path: string, errors: string[], read: (entry: unknown, path: string) => T | undefined): T[] | undefined {
  if (value === undefined) {
    errors.push(`${path}: missing`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    errors.push(`${path}: must be a list (got ${describeValue(value)})`);
    return undefined;
  }
  if (value.length > LIMITS.entries) {
    errors.push(`${path}: too many (${value.length}; at most ${LIMITS.entries})`);
    return undefined;
  }
  const entries: T[] = [];
  value.forEach((entry: unknown, index: number) => {
    const checked = read(entry, `${path}[${index}]`);
    if (checked !== undefined) entries.push(checked);
  });
  return entries.length === value.length ? entries : undefined;
}

function readWatch(value: unknown, path: string, errors: string[]): Watch | undefined {
  if (!isRecord(value)) {
    errors.push(`${path}: must be an object (got ${describeValue(value)})`);
    return undefined;
  }
  const at = (field: string) => `${path}.${field}`;
  const before = errors.length;
  const id = readText(value.id, at('id'), LIMITS.id, errors);
  const family = value.family === FAMILY ? FAMILY : undefined;
  if (family === undefined) errors.push(value.family === undefined ? `${at('family')}: missing` : `${at('family')}: must be "${FAMILY}" (got ${describeValue(value.family)})`);
  const revision = readText(value.revision, at('revision'), LIMITS.revision, errors);
  const label = readText(value.label, at('label'), LIMITS.label, errors);
  const text = readText(value.text, at('text'), LIMITS.text, errors, { mayBeEmpty: true });
  const note = readText(value.note, at('note'), LIMITS.note, errors, { mayBeEmpty: true });
  const createdAt = readTimestamp(value.createdAt, at('createdAt'), errors);
  const acknowledgedRevision = readText(value.acknowledgedRevision, at('acknowledgedRevision'), LIMITS.revision, errors);
  const lastSeen = readSighting(value.lastSeen, at('lastSeen'), errors);
  if (
    errors.length > before ||
    id === undefined ||
    revision === undefined ||
    label === undefined ||
    text === undefined ||
    note === undefined ||
    createdAt === undefined ||
    acknowledgedRevision === undefined ||
    lastSeen === undefined
  ) {
    return undefined;
  }
  return { id, family: FAMILY, revision, label, text, note, createdAt, acknowledgedRevision, lastSeen };
}

/** null is a valid "not seen yet"; undefined means the field was bad (an error was added). */
function readSighting(value: unknown, path: string, errors: string[]): WatchSighting | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) {
    errors.push(value === undefined ? `${path}: missing (null when not seen yet)` : `${path}: must be an object or null (got ${describeValue(value)})`);
    return undefined;
  }
  const revision = readText(value.revision, `${path}.revision`, LIMITS.revision, errors);
  const label = value.label === null ? null : readText(value.label, `${path}.label`, LIMITS.label, errors);
  const status = WATCH_STATUSES.find((candidate) => candidate === value.status);
  if (status === undefined) errors.push(`${path}.status: must be one of ${WATCH_STATUSES.join(', ')} (got ${describeValue(value.status)})`);
  if (revision === undefined || label === undefined || status === undefined) return undefined;
  return { revision, label, status };
}

/** Text kept exactly as written (no trimming), so a round trip changes nothing. */
function readText(value: unknown, path: string, maxLength: number, errors: string[], options: { mayBeEmpty?: boolean } = {}): string | undefined {
  if (value === undefined) {
    errors.push(`${path}: missing`);
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.push(`${path}: must be text (got ${describeValue(value)})`);
    return undefined;
  }
  if (!options.mayBeEmpty && value.trim().length === 0) {
    errors.push(`${path}: must not be empty`);
    return undefined;
  }
  if (value.length > maxLength) {
    errors.push(`${path}: too long (${value.length} characters; at most ${maxLength})`);
    return undefined;
  }
  return value;
}

function readTimestamp(value: unknown, path: string, errors: string[]): string | undefined {
  const text = readText(value, path, 40, errors);
  if (text === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(Date.parse(text))) {
    errors.push(`${path}: must be a date and time such as "2025-11-07T14:30:00.000Z" (got ${describeValue(text)})`);
    return undefined;
  }
  return text;
}

function reportDuplicateIds(entries: readonly { id: string }[], path: string, errors: string[]): void {
  const firstIndexOfId = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = firstIndexOfId.get(entry.id);
    if (earlier === undefined) firstIndexOfId.set(entry.id, index);
    else errors.push(`${path}[${index}].id: "${entry.id}" is already used by ${path}[${earlier}]`);
  });
}

/** One watch as stored, checked field by field (as on import); null when anything is off. */
export function validateWatch(value: unknown): Watch | null {
  return readWatch(value, 'watch', []) ?? null;
}

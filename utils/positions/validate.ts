// Schema check for position packs and single positions. Pure: a bad file changes nothing, it only
// yields plain-words errors naming the entry and the field. Text is kept as data, never
// interpreted (the UI renders it as text nodes); only links are restricted, to http(s).
// Hand-written: no schema library is a dependency of the project (zod/valibot are not installed).

import {
  EVIDENCE_LEVELS,
  PACK_FORMAT,
  PACK_VERSION,
  POSITION_KINDS,
  POSITION_REVISIONS,
  STANCES,
  type ParagraphReference,
  type Position,
  type PositionOrigin,
  type PositionPack,
} from './model';
import { safeHttpUrl } from './safe-url';
import { capErrors, describeValue, isRecord } from '../json-checks';

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export const LIMITS = {
  packChars: 5_000_000,
  positions: 5_000,
  name: 200,
  id: 100,
  stakeholder: 300,
  title: 500,
  summary: 3_000,
  quote: 5_000,
  noteText: 2_000,
  url: 2_048,
  paragraphs: 300,
  otherSources: 20,
  alsoRefersTo: 10,
  /** errors reported before giving up, so a huge bad file gives a readable list */
  errors: 50,
} as const;

const FAMILY = 'wsis20-outcome';
const LABEL = /^[A-Za-z0-9][A-Za-z0-9.()-]{0,19}$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads a pack file's text; `origin` says where it came from (`pack:<url>`). */
export function parsePack(text: string, origin: PositionOrigin): Validated<PositionPack> {
  if (text.length > LIMITS.packChars) {
    return { ok: false, errors: [`file: too large (${text.length} characters; at most ${LIMITS.packChars})`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`not JSON: ${reason}`] };
  }
  return validatePack(value, origin);
}

/** Checks an already-parsed pack. Every position gets `origin`, whatever the file claims. */
export function validatePack(value: unknown, origin: PositionOrigin): Validated<PositionPack> {
  const errors: string[] = [];
  if (!isRecord(value)) {
    return { ok: false, errors: [`file: must be a JSON object with "format", "version", "name" and "positions" (got ${describeValue(value)})`] };
  }
  if (value.format !== PACK_FORMAT) {
    errors.push(`format: must be "${PACK_FORMAT}" (got ${describeValue(value.format)})`);
  }
  if (value.version !== PACK_VERSION) {
    errors.push(`version: must be ${PACK_VERSION}; this version of WSIS Lens reads version ${PACK_VERSION} packs (got ${describeValue(value.version)})`);
  }
  const name = readText(value.name, 'name', LIMITS.name, errors);
  const positions: Position[] = [];
  if (!Array.isArray(value.positions)) {
    errors.push(`positions: must be a list (got ${describeValue(value.positions)})`);
  } else if (value.positions.length > LIMITS.positions) {
    errors.push(`positions: too many (${value.positions.length}; at most ${LIMITS.positions})`);
  } else {
    const firstIndexOfId = new Map<string, number>();
    value.positions.forEach((entry: unknown, index: number) => {
      const path = `positions[${index}]`;
      const result = validatePosition(entry, path, origin);
      if (!result.ok) {
        errors.push(...result.errors);
        return;
      }
      const earlier = firstIndexOfId.get(result.value.id);
      if (earlier !== undefined) {
        errors.push(`${path}.id: "${result.value.id}" is already used by positions[${earlier}]`);
        return;
      }
      firstIndexOfId.set(result.value.id, index);
      positions.push(result.value);
    });
  }
  if (errors.length > 0 || name === undefined) {
    return { ok: false, errors: capErrors(errors, LIMITS.errors) };
  }
  return { ok: true, value: { format: PACK_FORMAT, version: PACK_VERSION, name, positions } };
}

/** Checks one position (from a pack, or written by the reader). Unknown fields are dropped. */
export function validatePosition(value: unknown, path: string, origin: PositionOrigin): Validated<Position> {
  const errors: string[] = [];
  if (!isRecord(value)) {
    return { ok: false, errors: [`${path}: must be an object (got ${describeValue(value)})`] };
  }
  const at = (field: string) => `${path}.${field}`;

  const id = readText(value.id, at('id'), LIMITS.id, errors);
  const stakeholder = readText(value.stakeholder, at('stakeholder'), LIMITS.stakeholder, errors);
  const kind = readOneOf(value.kind, at('kind'), POSITION_KINDS, errors);
  const stance = readOneOf(value.stance, at('stance'), STANCES, errors);
  const family = readOneOf(value.family, at('family'), [FAMILY] as const, errors);
  const revision = readOneOf(value.revision, at('revision'), POSITION_REVISIONS, errors);
  const paragraphs = readLabels(value.paragraphs, at('paragraphs'), errors);
  const evidence = readOneOf(value.evidence, at('evidence'), EVIDENCE_LEVELS, errors);
  const summary = readText(value.summary, at('summary'), LIMITS.summary, errors);
  const quote = readOptional(value.quote, () => readText(value.quote, at('quote'), LIMITS.quote, errors));
  const sourceUrl = readUrl(value.sourceUrl, at('sourceUrl'), errors);
  const date = readDate(value.date, at('date'), errors);
  const title = readOptional(value.title, () => readText(value.title, at('title'), LIMITS.title, errors));
  const otherSources = readOptional(value.otherSources, () => readUrls(value.otherSources, at('otherSources'), errors));
  const alsoRefersTo = readOptional(value.alsoRefersTo, () => readReferences(value.alsoRefersTo, at('alsoRefersTo'), errors));
  const evidenceNote = readOptional(value.evidenceNote, () => readText(value.evidenceNote, at('evidenceNote'), LIMITS.noteText, errors));
  const sourceDescription = readOptional(value.sourceDescription, () =>
    readText(value.sourceDescription, at('sourceDescription'), LIMITS.noteText, errors),
  );
  const note = readOptional(value.note, () => readText(value.note, at('note'), LIMITS.noteText, errors));

  if (
    errors.length > 0 ||
    id === undefined ||
    stakeholder === undefined ||
    kind === undefined ||
    stance === undefined ||
    family === undefined ||
    revision === undefined ||
    paragraphs === undefined ||
    evidence === undefined ||
    summary === undefined ||
    sourceUrl === undefined ||
    date === undefined
  ) {
    return { ok: false, errors };
  }
  const position: Position = { id, stakeholder, kind, stance, family, revision, paragraphs, evidence, summary, sourceUrl, date, origin };
  // Optional fields only when present, so a position round-trips without `undefined` keys.
  if (quote !== undefined) position.quote = quote;
  if (title !== undefined) position.title = title;
  if (otherSources !== undefined) position.otherSources = otherSources;
  if (alsoRefersTo !== undefined) position.alsoRefersTo = alsoRefersTo;
  if (evidenceNote !== undefined) position.evidenceNote = evidenceNote;
  if (sourceDescription !== undefined) position.sourceDescription = sourceDescription;
  if (note !== undefined) position.note = note;
  return { ok: true, value: position };
}

function readOptional<T>(value: unknown, read: () => T | undefined): T | undefined {
  return value === undefined || value === null ? undefined : read();
}

function readText(value: unknown, path: string, maxLength: number, errors: string[]): string | undefined {
  if (typeof value !== 'string') {
    errors.push(`${path}: must be text (got ${describeValue(value)})`);
    return undefined;
  }
  const text = value.trim();
  if (text.length === 0) {
    errors.push(`${path}: must not be empty`);
    return undefined;
  }
  if (text.length > maxLength) {
    errors.push(`${path}: too long (${text.length} characters; at most ${maxLength})`);
    return undefined;
  }
  return text;
}

function readOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], errors: string[]): T | undefined {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) {
    errors.push(`${path}: must be one of ${allowed.join(', ')} (got ${describeValue(value)})`);
  }
  return match;
}

function readUrl(value: unknown, path: string, errors: string[]): string | undefined {
  if (typeof value !== 'string') {
    errors.push(`${path}: must be an http(s) URL (got ${describeValue(value)})`);
    return undefined;
  }
  const url = safeHttpUrl(value);
  if (url === null) errors.push(`${path}: must be an http(s) URL (got ${describeValue(value)})`);
  return url ?? undefined;
}

function readUrls(value: unknown, path: string, errors: string[]): string[] | undefined {
  if (!Array.isArray(value)) {
    errors.push(`${path}: must be a list of http(s) URLs (got ${describeValue(value)})`);
    return undefined;
  }
  if (value.length > LIMITS.otherSources) {
    errors.push(`${path}: too many (${value.length}; at most ${LIMITS.otherSources})`);
    return undefined;
  }
  const before = errors.length;
  const urls = value.map((item: unknown, index: number) => readUrl(item, `${path}[${index}]`, errors));
  return errors.length === before ? urls.filter((url): url is string => url !== undefined) : undefined;
}

function readLabels(value: unknown, path: string, errors: string[]): string[] | undefined {
  if (!Array.isArray(value)) {
    errors.push(`${path}: must be a list of paragraph labels, possibly empty (got ${describeValue(value)})`);
    return undefined;
  }
  if (value.length > LIMITS.paragraphs) {
    errors.push(`${path}: too many (${value.length}; at most ${LIMITS.paragraphs})`);
    return undefined;
  }
  const labels: string[] = [];
  value.forEach((item: unknown, index: number) => {
    if (typeof item === 'string' && LABEL.test(item)) labels.push(item);
    else errors.push(`${path}[${index}]: must be a paragraph label such as "98" or "PP3" (got ${describeValue(item)})`);
  });
  return labels.length === value.length ? labels : undefined;
}

function readReferences(value: unknown, path: string, errors: string[]): ParagraphReference[] | undefined {
  if (!Array.isArray(value)) {
    errors.push(`${path}: must be a list (got ${describeValue(value)})`);
    return undefined;
  }
  if (value.length > LIMITS.alsoRefersTo) {
    errors.push(`${path}: too many (${value.length}; at most ${LIMITS.alsoRefersTo})`);
    return undefined;
  }
  const before = errors.length;
  const references: ParagraphReference[] = [];
  value.forEach((item: unknown, index: number) => {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) {
      errors.push(`${at}: must be an object (got ${describeValue(item)})`);
      return;
    }
    const revision = readOneOf(item.revision, `${at}.revision`, POSITION_REVISIONS, errors);
    const paragraphs = readLabels(item.paragraphs, `${at}.paragraphs`, errors);
    const evidence = readOneOf(item.evidence, `${at}.evidence`, EVIDENCE_LEVELS, errors);
    if (revision !== undefined && paragraphs !== undefined && evidence !== undefined) {
      references.push({ revision, paragraphs, evidence });
    }
  });
  return errors.length === before ? references : undefined;
}

function readDate(value: unknown, path: string, errors: string[]): string | undefined {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  errors.push(`${path}: must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY (got ${describeValue(value)})`);
  return undefined;
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === Number(day);
}

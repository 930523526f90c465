// Small pieces shared by the validators of files readers import (position packs, backups).

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe description of an offending value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** Keeps an error list readable: the first `max`, then how many more. */
export function capErrors(errors: string[], max: number): string[] {
  if (errors.length <= max) return errors;
  return [...errors.slice(0, max), `… and ${errors.length - max} more problems`];
}

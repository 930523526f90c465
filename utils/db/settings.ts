// Key/value settings. A stored value is checked against what the caller expects, so a value
// written by an older version (or by hand) falls back to the default instead of misleading.

import type { WsisDb } from './connection';
import { STRICT, type SettingValue } from './schema';
import { settleTransaction } from './settle-transaction';

export type SettingGuard<T extends SettingValue> = (value: SettingValue) => value is T;

export const isBoolean: SettingGuard<boolean> = (value): value is boolean => typeof value === 'boolean';
export const isString: SettingGuard<string> = (value): value is string => typeof value === 'string';
export const isNumber: SettingGuard<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);

/** The stored value if there is one and it passes `isValid`; otherwise `fallback`. */
export async function getSetting<T extends SettingValue>(db: WsisDb, key: string, isValid: SettingGuard<T>, fallback: T): Promise<T> {
  const value = await db.get('settings', key);
  return value !== undefined && isValid(value) ? value : fallback;
}

export async function setSetting(db: WsisDb, key: string, value: SettingValue): Promise<void> {
  const tx = db.transaction('settings', 'readwrite', STRICT);
  await settleTransaction([tx.store.put(value, key)], tx.done);
}

export async function removeSetting(db: WsisDb, key: string): Promise<void> {
  const tx = db.transaction('settings', 'readwrite', STRICT);
  await settleTransaction([tx.store.delete(key)], tx.done);
}

/** Every stored setting, as a plain object. */
export async function listSettings(db: WsisDb): Promise<Record<string, SettingValue>> {
  const tx = db.transaction('settings', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  return Object.fromEntries(keys.map((key, index) => [key, values[index] ?? null]));
}

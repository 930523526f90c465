import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseConnection, type WsisDb } from './connection';
import { getSetting, isBoolean, isNumber, isString, listSettings, removeSetting, setSetting } from './settings';
import { uniqueDbName, useFreshIndexedDb } from './test-support';

useFreshIndexedDb();
let db: WsisDb;
beforeEach(async () => {
  db = await new DatabaseConnection({ name: uniqueDbName() }).getDb();
  return () => db.close();
});

describe('settings', () => {
  it('reads the default until a value is set, then the value', async () => {
    expect(await getSetting(db, 'interceptPdfs', isBoolean, true)).toBe(true);
    await setSetting(db, 'interceptPdfs', false);
    expect(await getSetting(db, 'interceptPdfs', isBoolean, true)).toBe(false);
    await removeSetting(db, 'interceptPdfs');
    expect(await getSetting(db, 'interceptPdfs', isBoolean, true)).toBe(true);
  });

  it('falls back to the default when the stored value is not of the expected kind', async () => {
    await setSetting(db, 'panelWidth', 'wide');
    expect(await getSetting(db, 'panelWidth', isNumber, 320)).toBe(320);
    expect(await getSetting(db, 'panelWidth', isString, 'narrow')).toBe('wide');
  });

  it('lists everything, structured values included', async () => {
    await setSetting(db, 'interceptPdfs', true);
    await setSetting(db, 'panel', { width: 320, sections: ['change', 'positions'] });
    expect(await listSettings(db)).toEqual({ interceptPdfs: true, panel: { width: 320, sections: ['change', 'positions'] } });
  });
});

import { describe, expect, it } from 'vitest';
import { sampleWatch } from '../db/test-support';
import { filterRows, groupRows, reportRow, storedRow } from './watch-list-model';
import type { WatchReport } from './watch-status';

const viewerPage = 'chrome-extension://x/viewer.html';
const REV2_CLEAN = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf';

describe('watch list rows', () => {
  it('from the stored sighting: label in the newest revision, links into the viewer at that paragraph', () => {
    const row = storedRow(sampleWatch({ lastSeen: { revision: 'rev2', label: '100', status: 'changed' } }), { viewerPage });
    expect(row).toMatchObject({ label: '100', status: '¶100, changed', context: 'since Rev.1, in Rev.2', changed: true });
    expect(row.cleanHref).toBe(`${viewerPage}?file=${encodeURIComponent(REV2_CLEAN)}#para=100`);
    expect(decodeURIComponent(row.trackedHref!)).toContain('TrackChanges');
  });

  it('from the report: "¶98 → ¶100, modified" with the diff; a deleted paragraph keeps its label and opens no paragraph', () => {
    const watch = sampleWatch({ lastSeen: null });
    const report: WatchReport = { watch, newestRevision: 'rev2', newestKeys: ['100'], acknowledgedKey: '98', state: 'modified', tokens: [{ kind: 'ins', text: 'permanent' }], newPositions: [], changed: true };
    expect(reportRow(report, { viewerPage })).toMatchObject({ label: '100', status: '¶98 → ¶100, modified', tokens: report.tokens, changed: true });
    const gone = reportRow({ ...report, newestKeys: [], state: 'deleted', tokens: [] }, { viewerPage });
    expect(gone).toMatchObject({ label: '98', status: '¶98, deleted' });
    expect(gone.cleanHref).not.toContain('#para');
  });

  it('Rev.1 has no known address: a cached copy’s address stands in, or there is no link', () => {
    const watch = sampleWatch({ lastSeen: null });
    expect(storedRow(watch, { viewerPage }).cleanHref).toBeNull();
    const cached = { hash: 'h', url: 'https://publicadministration.desa.un.org/rev1.pdf', documentId: { family: 'wsis20-outcome', revision: 'rev1', variant: 'clean', symbol: null, date: null, title: null }, paragraphs: [] } as const;
    expect(storedRow(watch, { viewerPage, revisions: [cached] }).cleanHref).toContain(encodeURIComponent(cached.url));
  });

  it('groups by document with changed paragraphs first, and searches label, note and text', () => {
    const rows = [
      storedRow(sampleWatch({ id: 'a', label: '12', note: 'capacity building', text: 'Digital skills', createdAt: '2025-01-01T00:00:00.000Z', lastSeen: null }), { viewerPage }),
      storedRow(sampleWatch({ id: 'b', label: '98', note: 'funding', createdAt: '2025-02-01T00:00:00.000Z', lastSeen: { revision: 'rev2', label: '100', status: 'changed' } }), { viewerPage }),
    ];
    const [group] = groupRows(rows);
    expect(group).toMatchObject({ name: 'WSIS+20 outcome document', changedCount: 1 });
    expect(group!.rows.map((row) => row.id)).toEqual(['b', 'a']);
    expect(filterRows(rows, 'Funding').map((row) => row.id)).toEqual(['b']);
    expect(filterRows(rows, '¶12').map((row) => row.id)).toEqual(['a']);
    expect(filterRows(rows, 'digital skills').map((row) => row.id)).toEqual(['a']);
    expect(filterRows(rows, '  ')).toHaveLength(2);
  });
});

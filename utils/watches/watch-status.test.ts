import { describe, expect, it } from 'vitest';
import type { Watch } from '../db/schema';
import type { Position } from '../positions/model';
import { revisionPair } from '../revisions/test-support';
import { watchOnRev1 } from './test-support';
import { newestLabel, statusLine, watchReport, watchReports } from './watch-status';

// Known ground truth: renumbering, edits, splits, merges, deletions (scripts/fixtures/make-revision-pairs.mts).
const pair = revisionPair('medium-mixed');
const { rev1, rev2 } = pair;

const renumberedAndEdited = pair.truth.find((u) => u.change === 'modified' && u.old.length === 1 && u.old[0] !== u.new[0])!;
const renumberedSame = pair.truth.find((u) => u.change === 'unchanged' && u.old[0] !== u.new[0])!;
const deleted = pair.truth.find((u) => u.change === 'deleted')!;

const watchOn = (key: string, overrides: Partial<Watch> = {}) => watchOnRev1(pair, key, overrides);

function position(revision: Position['revision'], paragraphs: string[]): Position {
  return {
    id: `p-${revision}-${paragraphs.join()}`,
    stakeholder: 'Civil society coalition',
    kind: 'statement',
    stance: 'supports',
    family: 'wsis20-outcome',
    revision,
    paragraphs,
    evidence: 'explicit',
    summary: 'Wants the text kept.',
    sourceUrl: 'https://example.org/statement',
    date: '2025-12-01',
    origin: 'own',
  };
}

describe('watchReport', () => {
  it('follows a renumbered, edited paragraph into the newest revision, with the word diff', () => {
    const key = renumberedAndEdited.old[0]!;
    const report = watchReport(watchOn(key), [rev1, rev2]);
    expect(report).toMatchObject({ newestRevision: 'rev2', newestKeys: renumberedAndEdited.new, state: 'modified', changed: true });
    expect(statusLine(report)).toBe(`¶${key} → ¶${renumberedAndEdited.new[0]}, modified`);
    expect(report.tokens.some((token) => token.kind === 'ins' || token.kind === 'del')).toBe(true);
    expect(newestLabel(report)).toBe(renumberedAndEdited.new[0]);
  });

  it('finds it from the remembered text when the watched revision is no longer cached', () => {
    const key = renumberedAndEdited.old[0]!;
    expect(watchReport(watchOn(key), [rev2])).toMatchObject({ newestKeys: renumberedAndEdited.new, state: 'modified', changed: true });
  });

  it('a renumbered paragraph with the same words is not a change', () => {
    const key = renumberedSame.old[0]!;
    const report = watchReport(watchOn(key), [rev1, rev2]);
    expect(report).toMatchObject({ state: 'unchanged', changed: false, newestKeys: renumberedSame.new });
    expect(statusLine(report)).toBe(`¶${key} → ¶${renumberedSame.new[0]}, unchanged`);
  });

  it('reports a deleted paragraph, keeping the label it had', () => {
    const key = deleted.old[0]!;
    const report = watchReport(watchOn(key), [rev1, rev2]);
    expect(report).toMatchObject({ state: 'deleted', newestKeys: [], changed: true });
    expect(statusLine(report)).toBe(`¶${key}, deleted`);
    expect(newestLabel(report)).toBe(key);
  });

  it('a deletion the reader marked as seen does not come back with the next revision', () => {
    const key = deleted.old[0]!;
    const rev3 = { ...rev2, hash: 'rev3', documentId: { ...rev2.documentId, revision: 'rev3' } };
    const report = watchReport(watchOn(key, { acknowledgedRevision: 'rev2' }), [rev1, rev2, rev3]);
    expect(report).toMatchObject({ state: 'deleted', newestRevision: 'rev3', changed: false });
  });

  it('once the reader acknowledged the newest revision, nothing is new', () => {
    const key = renumberedAndEdited.old[0]!;
    const report = watchReport(watchOn(key, { acknowledgedRevision: 'rev2' }), [rev1, rev2]);
    expect(report).toMatchObject({ state: 'unchanged', changed: false, acknowledgedKey: renumberedAndEdited.new[0], newestKeys: renumberedAndEdited.new });
  });

  it('with only the watched revision seen, the watch is unchanged at its own label', () => {
    const key = renumberedAndEdited.old[0]!;
    expect(watchReport(watchOn(key), [rev1])).toMatchObject({ newestRevision: 'rev1', newestKeys: [key], state: 'unchanged', changed: false });
  });

  it('names positions said about revisions after the acknowledged one, reached through alignment', () => {
    const key = renumberedAndEdited.old[0]!;
    const newKey = renumberedAndEdited.new[0]!;
    const later = position('rev2', [newKey]);
    const earlier = position('rev1', [key]);
    const elsewhere = position('rev2', [deleted.old[0] === newKey ? '1' : String(Number(newKey) + 50)]);
    const report = watchReport(watchOn(key), [rev1, rev2], [later, earlier, elsewhere]);
    expect(report.newPositions.map((p) => p.id)).toEqual([later.id]);
  });
});

describe('watchReports', () => {
  it('lists the watches that changed since acknowledged (what the toolbar badge counts)', () => {
    const watches = [watchOn(renumberedAndEdited.old[0]!), watchOn(renumberedSame.old[0]!), watchOn(deleted.old[0]!)];
    const { reports, changed } = watchReports(watches, [rev1, rev2]);
    expect(reports).toHaveLength(3);
    expect(changed.map((r) => r.watch.id).sort()).toEqual([`w-${renumberedAndEdited.old[0]}`, `w-${deleted.old[0]}`].sort());
  });
});

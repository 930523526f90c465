import { describe, expect, it } from 'vitest';
import { BUNDLED_POSITIONS } from './bundled-positions';
import { positionsFor, positionsOnDocument, type ResolveLabel } from './lookup';
import type { Position } from './model';

function position(id: string, overrides: Partial<Position> = {}): Position {
  return {
    id,
    stakeholder: 'TCCM',
    kind: 'input',
    stance: 'supports',
    family: 'wsis20-outcome',
    revision: 'rev2',
    paragraphs: ['98'],
    evidence: 'explicit',
    summary: 's',
    sourceUrl: 'https://example.org/',
    date: '2025-12-08',
    origin: 'bundled',
    ...overrides,
  };
}

const rev2 = (label: string) => ({ family: 'wsis20-outcome', revision: 'rev2', label }) as const;

describe('positionsFor', () => {
  const positions = [
    position('older', { date: '2025-12-01' }),
    position('newest', { date: '2025-12-10', stakeholder: 'Internet Society (ISOC)' }),
    position('month-only', { date: '2025-12' }),
    position('other-paragraph', { paragraphs: ['99'] }),
    position('same-day', { date: '2025-12-08' }),
  ];

  it('returns positions on the paragraph, newest first (a month-only date before that month’s days)', () => {
    expect(positionsFor(positions, rev2('98')).map((match) => match.position.id)).toEqual(['newest', 'same-day', 'older', 'month-only']);
  });

  it('filters by stakeholder, any case, by part of the name', () => {
    expect(positionsFor(positions, rev2('98'), { stakeholder: 'isoc' }).map((match) => match.position.id)).toEqual(['newest']);
    expect(positionsFor(positions, rev2('98'), { stakeholder: ' ' })).toHaveLength(4);
  });

  it('stays within the revision unless told how labels correspond', () => {
    const rev1 = [position('rev1-101', { revision: 'rev1', paragraphs: ['101'], date: '2025-11-14' })];
    expect(positionsFor(rev1, rev2('101'))).toEqual([]);
    // Rev1 ¶101 is Rev2 ¶101 (same text); Rev1 ¶87 has no counterpart.
    const resolve: ResolveLabel = (revision, label) => (revision === 'rev1' && label === '101' ? '101' : null);
    expect(positionsFor(rev1, rev2('101'), resolve)).toEqual(positionsFor(rev1, rev2('101'), { resolve }));
    expect(positionsFor(rev1, rev2('101'), { resolve })).toEqual([
      { position: rev1[0], via: { revision: 'rev1', label: '101' }, evidence: 'explicit' },
    ]);
  });

  it('follows renumbering through resolve, never by label alone', () => {
    const zeroDraft = [position('zd-106', { revision: 'zero-draft', paragraphs: ['106'] }), position('zd-89', { revision: 'zero-draft', paragraphs: ['89'] })];
    const resolve: ResolveLabel = (revision, label) => (revision === 'zero-draft' && label === '106' ? '89' : null);
    const target = { family: 'wsis20-outcome', revision: 'rev1', label: '89' } as const;
    expect(positionsFor(zeroDraft, target, { resolve }).map((match) => [match.position.id, match.via])).toEqual([
      ['zd-106', { revision: 'zero-draft', label: '106' }],
    ]);
  });

  it('uses alsoRefersTo (inferred) and prefers a direct reference when a position has both', () => {
    const both = position('both', {
      revision: 'rev1',
      paragraphs: ['101'],
      alsoRefersTo: [{ revision: 'final', paragraphs: ['103'], evidence: 'inferred' }],
    });
    const final = { family: 'wsis20-outcome', revision: 'final', label: '103' } as const;
    expect(positionsFor([both], final)).toEqual([{ position: both, via: null, evidence: 'inferred' }]);
    const resolve: ResolveLabel = () => '103';
    // Same position reachable twice: reported once, by the reference about this revision.
    expect(positionsFor([both], final, { resolve })).toEqual([{ position: both, via: null, evidence: 'inferred' }]);
  });

  it('lists direct positions before via ones on the same date', () => {
    const direct = position('b-direct');
    const viaRev1 = position('a-via', { revision: 'rev1', paragraphs: ['97'] });
    const resolve: ResolveLabel = (_, label) => (label === '97' ? '98' : null);
    expect(positionsFor([viaRev1, direct], rev2('98'), { resolve }).map((match) => match.position.id)).toEqual(['b-direct', 'a-via']);
  });

  it('finds the bundled TCCM positions on final ¶103 and, through alignment, Rev1 ¶101 on Rev2 ¶101', () => {
    const final = positionsFor(BUNDLED_POSITIONS, { family: 'wsis20-outcome', revision: 'final', label: '103' });
    expect(final.map((match) => match.position.id)).toEqual(
      expect.arrayContaining(['pos-001', 'pos-003', 'pos-015', 'seed-tccm-rev2-funding-timeline']),
    );
    expect(final.every((match) => match.evidence === 'inferred')).toBe(true);

    const sameText: ResolveLabel = (revision, label) => (revision === 'rev1' && label === '101' ? '101' : null);
    const onRev2 = positionsFor(BUNDLED_POSITIONS, rev2('101'), { resolve: sameText, stakeholder: 'TCCM' });
    expect(onRev2.map((match) => [match.position.id, match.via])).toEqual([
      ['pos-003', null],
      ['seed-tccm-rev2-funding-timeline', null],
      ['pos-001', { revision: 'rev1', label: '101' }],
    ]);
  });
});

describe('positionsOnDocument', () => {
  it('lists positions on a revision as a whole, including ones also about it', () => {
    const onRev1 = positionsOnDocument(BUNDLED_POSITIONS, { family: 'wsis20-outcome', revision: 'rev1' }).map((p) => p.id);
    expect(onRev1).toEqual(expect.arrayContaining(['pos-009', 'pos-022', 'pos-037']));
    expect(onRev1).not.toContain('pos-001');
  });
});

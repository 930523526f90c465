import { describe, expect, it } from 'vitest';
import type { Position } from './model';
import { paragraphsWithPositions } from './paragraph-marks';

const base: Omit<Position, 'id' | 'revision' | 'paragraphs'> = {
  stakeholder: 'TCCM',
  kind: 'input',
  stance: 'supports',
  family: 'wsis20-outcome',
  evidence: 'explicit',
  summary: 's',
  sourceUrl: 'https://example.org/',
  date: '2025-12-08',
  origin: 'bundled',
};

describe('paragraphsWithPositions', () => {
  const positions: Position[] = [
    { ...base, id: 'here', revision: 'rev2', paragraphs: ['98', '101'] },
    { ...base, id: 'earlier', revision: 'rev1', paragraphs: ['96', '100'] },
    { ...base, id: 'final-too', revision: 'rev1', paragraphs: [], alsoRefersTo: [{ revision: 'rev2', paragraphs: ['12'], evidence: 'inferred' }] },
  ];

  it('marks labels cited in this revision and, through alignment, those cited in others', () => {
    const resolve = (revision: string, label: string) => (revision === 'rev1' && label === '96' ? '98' : revision === 'rev1' && label === '100' ? '103' : null);
    expect([...paragraphsWithPositions(positions, { family: 'wsis20-outcome', revision: 'rev2' }, resolve)].sort()).toEqual(['101', '103', '12', '98']);
  });

  it('without alignment marks only what is cited in this revision', () => {
    expect([...paragraphsWithPositions(positions, { family: 'wsis20-outcome', revision: 'rev1' })].sort()).toEqual(['100', '96']);
  });
});

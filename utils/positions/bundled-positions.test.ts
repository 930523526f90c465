import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../scripts/lib/shared-dir';
import { BUNDLED_POSITIONS, RESEARCH_ENTRY_COUNT, UNMAPPED_RESEARCH_ENTRIES } from './bundled-positions';
import { STANCES } from './model';
import { safeHttpUrl } from './safe-url';
import { validatePosition } from './validate';

const research: { id: string }[] = JSON.parse(
  readFileSync(join(SHARED_DIR, 'data/positions-research.json'), 'utf8'),
);

describe('bundled positions', () => {
  it('accounts for every researched entry: placed on a revision, or kept as unmapped with a reason', () => {
    expect(research).toHaveLength(42);
    expect(RESEARCH_ENTRY_COUNT).toBe(42);
    const placed = new Set(BUNDLED_POSITIONS.map((position) => position.id));
    const unmapped = new Set(UNMAPPED_RESEARCH_ENTRIES.map((entry) => entry.researchId));
    for (const { id } of research) expect(placed.has(id) || unmapped.has(id), id).toBe(true);
    const fromResearch = [...placed].filter((id) => id.startsWith('pos-'));
    expect(fromResearch.length + unmapped.size).toBe(42);
    for (const entry of UNMAPPED_RESEARCH_ENTRIES) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it('includes the TCCM joint opinion on Rev2, inferred where the seed gives no numbers', () => {
    const tccm = BUNDLED_POSITIONS.filter((position) => position.id.startsWith('seed-tccm-'));
    expect(tccm.map((position) => [position.revision, position.paragraphs])).toEqual([
      ['rev2', ['98']],
      ['rev2', []],
      ['rev2', ['101']],
    ]);
    for (const position of tccm) {
      expect(position.evidence).toBe('inferred');
      expect(position.stance).toBe('supports');
      expect(position.quote).toBeTruthy();
    }
    expect(tccm[1]?.quote).toMatch(/Multistakeholder Advisory Group/);
    // The seed repeats its last sentence; the quote keeps it once.
    expect(tccm[2]?.quote).toBe("Support for a concrete timeline for the UN Secretary-General's proposal on sustainable funding for the IGF.");
  });

  it("includes EuroDIG's note on Rev2 changes, one notes-change position per cited paragraph group", () => {
    const eurodig = BUNDLED_POSITIONS.filter((position) => position.id.startsWith('seed-eurodig-'));
    expect(eurodig.map((position) => position.paragraphs.join('+'))).toEqual(
      ['11', '13', '17', '22', '26+27', '40', '44', '56', '75', '84', '100', '73', '103', '123', '124'],
    );
    for (const position of eurodig) {
      expect(position.stance).toBe('notes-change');
      expect(position.revision).toBe('rev2');
      expect(position.sourceDescription).toMatch(/Mark Carvell/);
      expect(position.date).toBe('2025-12-04');
    }
    expect(eurodig.find((position) => position.id === 'seed-eurodig-rev2-73')?.evidenceNote).toMatch(/slip/);
  });

  it('gives every position an http(s) source, a known stance and a shape packs must also have', () => {
    for (const position of BUNDLED_POSITIONS) {
      // Stored already in the form links are checked against: http(s), normalised.
      expect(safeHttpUrl(position.sourceUrl), position.id).toBe(position.sourceUrl);
      for (const url of position.otherSources ?? []) expect(safeHttpUrl(url), position.id).toBe(url);
      expect(STANCES).toContain(position.stance);
      expect(position.origin).toBe('bundled');
      const checked = validatePosition(position, position.id, 'bundled');
      expect(checked.ok ? [] : checked.errors).toEqual([]);
    }
    expect(new Set(BUNDLED_POSITIONS.map((position) => position.id)).size).toBe(BUNDLED_POSITIONS.length);
  });

  it('maps research stances and evidence as documented', () => {
    const byId = new Map(BUNDLED_POSITIONS.map((position) => [position.id, position]));
    expect(byId.get('pos-001')).toMatchObject({ stance: 'proposes-amendment', evidence: 'explicit', revision: 'rev1', paragraphs: ['101'] });
    expect(byId.get('pos-001')?.alsoRefersTo).toEqual([{ revision: 'final', paragraphs: ['103'], evidence: 'inferred' }]);
    expect(byId.get('pos-002')).toMatchObject({ stance: 'proposes-amendment', evidence: 'inferred' });
    expect(byId.get('pos-034')).toMatchObject({ stance: 'opposes', revision: 'final' });
    expect(byId.get('pos-036')).toMatchObject({ stance: 'notes-change', revision: 'rev2', date: '2025-12-03' });
    expect(byId.get('pos-018')?.paragraphs).toContain('80'); // "77-93" expanded
    expect(byId.get('pos-004')).toMatchObject({ revision: 'zero-draft', date: '2025-10' });
    expect(byId.get('pos-004')?.note).toMatch(/Date as researched: 2025-10 \(Zero Draft consultations/);
  });
});

import { describe, expect, it } from 'vitest';
import { formOf, ownPack, ownPosition, positionRevision, type OwnPositionForm } from './own-position';
import { parsePack } from './validate';

const place = { family: 'wsis20-outcome', revision: 'rev1', label: '96' } as const;
const form: OwnPositionForm = {
  stakeholder: 'My delegation',
  stance: 'supports',
  summary: 'Keep the permanent IGF',
  quote: '',
  sourceUrl: 'https://example.org/note',
  date: '2025-11-20',
};

describe('ownPosition', () => {
  it('makes an explicit note on the paragraph, without an empty quote', () => {
    const result = ownPosition(form, place, 'own-1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ id: 'own-1', origin: 'own', revision: 'rev1', paragraphs: ['96'], evidence: 'explicit', kind: 'note' });
    expect('quote' in result.value).toBe(false);
    expect(formOf(result.value)).toEqual(form);
  });

  it('names every bad field in plain words and refuses javascript: sources', () => {
    const result = ownPosition({ ...form, stakeholder: ' ', sourceUrl: 'javascript:alert(1)', date: '2025-02-30' }, place, 'own-1');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'stakeholder: must not be empty',
      'source URL: must be an http(s) URL (got "javascript:alert(1)")',
      'date: must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY (got "2025-02-30")',
    ]);
  });

  it('knows which revisions positions can address', () => {
    expect(positionRevision('rev2')).toBe('rev2');
    expect(positionRevision('rev9')).toBeNull();
    expect(positionRevision(null)).toBeNull();
  });
});

describe('ownPack', () => {
  it('exports a pack that reads back to the same positions', () => {
    const a = ownPosition(form, place, 'b');
    const b = ownPosition({ ...form, quote: '<script>alert(1)</script>' }, { ...place, label: '101' }, 'a');
    if (!a.ok || !b.ok) throw new Error('fixture');
    const pack = ownPack([a.value, b.value], 'My positions');
    expect(pack.positions.map((p) => p.id)).toEqual(['a', 'b']);
    expect(JSON.stringify(pack)).not.toContain('"origin"');
    const read = parsePack(JSON.stringify(pack), 'own');
    expect(read.ok && read.value.positions).toEqual([b.value, a.value]);
  });
});

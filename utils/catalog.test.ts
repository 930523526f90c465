import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogEntry, citation, compareRevisions, familyName, revisionForSymbol, revisionName } from './catalog';
import { detectDocument } from './detect';

const revisions = CATALOGS['wsis20-outcome'].revisions;

describe('the WSIS+20 catalog', () => {
  it('lists the revisions in order with their names', () => {
    expect(revisions.map((r) => [r.id, r.name])).toEqual([
      ['elements-paper', 'Elements Paper'],
      ['zero-draft', 'Zero Draft'],
      ['rev1', 'Rev.1'],
      ['rev2', 'Rev.2'],
      ['rev3', 'Rev.3'],
      ['rev4', 'Rev.4'],
      ['L.41', 'A/80/L.41'],
      ['final', 'A/RES/80/173'],
    ]);
  });

  it('has ISO dates in order, approximate only for Rev3 and Rev4', () => {
    for (const entry of revisions) expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...revisions.map((r) => r.date)]).toEqual([...revisions.map((r) => r.date)].sort());
    expect(revisions.filter((r) => r.dateApproximate).map((r) => r.id)).toEqual(['rev3', 'rev4']);
    expect(catalogEntry('rev2')?.date).toBe('2025-12-03');
    expect(catalogEntry('L.41')?.date).toBe('2025-12-16');
  });

  it('keeps symbols, file URLs and sources', () => {
    expect(catalogEntry('L.41')?.symbol).toBe('A/80/L.41');
    expect(catalogEntry('final')?.symbol).toBe('A/RES/80/173');
    expect(catalogEntry('rev2')?.urls.tracked).toMatch(/TrackChanges%201\.pdf$/);
    for (const entry of revisions) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const url of [...entry.sources, entry.urls.clean, entry.urls.tracked]) {
        if (url) expect(() => new URL(url)).not.toThrow();
      }
    }
  });

  it('agrees with detection for every known file URL', () => {
    for (const entry of revisions) {
      for (const [variant, url] of Object.entries(entry.urls)) {
        if (!url) continue;
        expect(detectDocument({ url }), url).toMatchObject({ family: 'wsis20-outcome', revision: entry.id, variant });
      }
    }
  });

  it('maps symbols to revisions, in any case', () => {
    expect(revisionForSymbol('a/res/80/173')).toEqual({ family: 'wsis20-outcome', revision: 'final' });
    expect(revisionForSymbol('A/80/L.41')).toEqual({ family: 'wsis20-outcome', revision: 'L.41' });
    expect(revisionForSymbol('A/RES/79/1')).toBeNull();
  });

  it('knows nothing about unknown revisions', () => {
    expect(catalogEntry('rev5')).toBeNull();
    expect(familyName('wsis20-outcome')).toBe('WSIS+20 outcome document');
  });
});

describe('revisionName', () => {
  it.each([
    ['elements-paper', 'Elements Paper'],
    ['rev2', 'Rev.2'],
    ['L.41', 'A/80/L.41'],
    ['final', 'A/RES/80/173'],
    ['rev5', 'Rev.5'],
    ['Rev12', 'Rev.12'],
    ['A/80/L.41/Rev.1', 'A/80/L.41/Rev.1'],
  ])('%s → %s', (id, name) => {
    expect(revisionName(id)).toBe(name);
  });
});

describe('compareRevisions', () => {
  it('orders known revisions as the catalog does', () => {
    const shuffled = ['final', 'rev2', 'zero-draft', 'L.41', 'rev4', 'elements-paper', 'rev1', 'rev3'];
    expect(shuffled.sort(compareRevisions)).toEqual(revisions.map((r) => r.id));
  });

  it('puts later numbered revisions after rev4 by number and before L.41', () => {
    const order = ['L.41', 'rev10', 'rev5', 'rev4', 'rev6'].sort(compareRevisions);
    expect(order).toEqual(['rev4', 'rev5', 'rev6', 'rev10', 'L.41']);
  });

  it('puts revisions of the tabled draft between L.41 and final, and the unknown last', () => {
    const order = ['something-else', 'final', 'A/80/L.41/Rev.1', 'L.41'].sort(compareRevisions);
    expect(order).toEqual(['L.41', 'A/80/L.41/Rev.1', 'final', 'something-else']);
  });

  it('is consistent', () => {
    expect(compareRevisions('rev2', 'rev2')).toBe(0);
    expect(Math.sign(compareRevisions('rev2', 'rev3'))).toBe(-Math.sign(compareRevisions('rev3', 'rev2')));
    expect(compareRevisions('Rev2', 'rev3')).toBeLessThan(0);
  });
});

describe('citation', () => {
  const wsis = { family: 'wsis20-outcome' as const, symbol: null, title: null };
  it('cites operative and preambular paragraphs', () => {
    expect(citation({ ...wsis, revision: 'rev2' }, '98')).toBe('WSIS+20 outcome document, Rev.2, para. 98');
    expect(citation({ ...wsis, revision: 'L.41', symbol: 'A/80/L.41' }, '12')).toBe('WSIS+20 outcome document, A/80/L.41, para. 12');
    expect(citation({ ...wsis, revision: 'rev1' }, 'PP3')).toBe('WSIS+20 outcome document, Rev.1, preambular para. 3');
    expect(citation({ ...wsis, revision: 'rev5' }, '7')).toBe('WSIS+20 outcome document, Rev.5, para. 7');
  });
  it('cites documents outside a family by symbol or title', () => {
    expect(citation({ family: null, revision: null, symbol: 'A/RES/79/1', title: 'Pact for the Future' }, '34')).toBe('A/RES/79/1, para. 34');
    expect(citation({ family: null, revision: null, symbol: null, title: 'Pact for the Future' }, '34')).toBe('Pact for the Future, para. 34');
    expect(citation({ ...wsis, revision: null }, '5')).toBe('WSIS+20 outcome document, para. 5');
  });
});

import { describe, expect, it } from 'vitest';
import { documentNames, tabTitle } from './document-title';
import { groupByHeading } from './ParagraphIndex';

describe('documentNames', () => {
  it('names known revisions by family and revision, tracked changes included', () => {
    const names = documentNames(
      { family: 'wsis20-outcome', revision: 'rev2', variant: 'tracked', symbol: null, date: null, title: null },
      'https://x/y.pdf',
      null,
    );
    expect(names).toEqual({ documentName: 'WSIS+20 outcome document', revisionName: 'Rev.2 (tracked changes)', known: true });
    expect(tabTitle(names)).toBe('Rev.2 (tracked changes) · WSIS+20 outcome document — WSIS Lens');
  });
  it('names other PDFs by their title, else symbol, else file name', () => {
    const none = { family: null, revision: null, variant: null, symbol: null, date: null, title: null };
    expect(documentNames(none, 'https://a/b/Report%201.pdf', ' Programme ').documentName).toBe('Programme');
    expect(documentNames({ ...none, symbol: 'A/79/1' }, 'https://a/b.pdf', null).documentName).toBe('A/79/1');
    expect(documentNames(none, 'https://a/b/Report%201.pdf', null)).toEqual({ documentName: 'Report 1.pdf', revisionName: null, known: false });
  });
});

describe('documentNames of a translation', () => {
  it('names its language after the revision, or after the title of an unknown document; English and unknown as before', () => {
    const l41 = { family: 'wsis20-outcome', revision: 'L.41', variant: 'clean', symbol: 'A/80/L.41', date: null, title: null } as const;
    expect(documentNames(l41, 'https://docs.un.org/fr/A/80/L.41', null, 'fr').revisionName).toBe('A/80/L.41 (French)');
    expect(documentNames(l41, 'https://docs.un.org/en/A/80/L.41', null, 'en').revisionName).toBe('A/80/L.41');
    expect(documentNames(l41, 'https://docs.un.org/A/80/L.41', null, null).revisionName).toBe('A/80/L.41');
    const other = { family: null, revision: null, variant: null, symbol: 'A/RES/79/1', date: null, title: null };
    expect(documentNames(other, 'https://docs.un.org/es/A/RES/79/1', null, 'es')).toEqual({ documentName: 'A/RES/79/1 (Spanish)', revisionName: null, known: false });
  });
});

describe('groupByHeading', () => {
  it('groups consecutive paragraphs under the same heading', () => {
    const p = (label: string, heading: string | null) => ({ label, heading, kind: 'operative' as const, text: '', page: 1, part: 0, anchor: { page: 1, x: 0, y: 0, width: 1, height: 1 } });
    const groups = groupByHeading([p('1', null), p('2', 'A'), p('3', 'A'), p('4', 'B')]);
    expect(groups.map((g) => [g.heading, g.paragraphs.map((x) => x.label)])).toEqual([
      [null, ['1']],
      ['A', ['2', '3']],
      ['B', ['4']],
    ]);
  });
});

describe('stakeholder inputs', () => {
  it('are named by their own title and the draft they address, not as that draft', () => {
    const input = { family: 'wsis20-outcome', revision: 'rev2', variant: 'stakeholder-input', symbol: null, date: null, title: null } as const;
    const names = documentNames(input, 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Inputs%20to%20Rev2/TCCM_inputs.pdf', null);
    expect(names).toEqual({ documentName: 'TCCM_inputs.pdf', revisionName: 'Input to Rev.2', known: true });
    expect(tabTitle(names)).toBe('Input to Rev.2 · TCCM_inputs.pdf — WSIS Lens');
  });
});

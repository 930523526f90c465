import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../scripts/lib/shared-dir';
import { findParagraphReferences, revisionAddressedBy } from './references';

const seed = (name: string) => readFileSync(join(SHARED_DIR, 'seeds', name), 'utf8');

/** [cited text, labels] for each reference found. */
function cited(text: string): [string, string[]][] {
  return findParagraphReferences(text).map((span) => [text.slice(span.start, span.end), span.labels]);
}

describe('findParagraphReferences', () => {
  it.each([
    ['see paragraph 101 of the draft', 'paragraph 101', ['101']],
    ['as in para. 98, the IGF', 'para. 98', ['98']],
    ['(para 11)', 'para 11', ['11']],
    ['Para 48 (enabling environment)', 'Para 48', ['48']],
    ['paras 98–101 together', 'paras 98–101', ['98', '99', '100', '101']],
    ['paras. 98-101.', 'paras. 98-101', ['98', '99', '100', '101']],
    ['paragraphs 12 and 14', 'paragraphs 12 and 14', ['12', '14']],
    ['paragraphs 12, 14, and 16 matter', 'paragraphs 12, 14, and 16', ['12', '14', '16']],
    ['paras 8, 19, 119 and 142-144', 'paras 8, 19, 119 and 142-144', ['8', '19', '119', '142', '143', '144']],
    ['paragraphs 12 to 14', 'paragraphs 12 to 14', ['12', '13', '14']],
    ['OP 12 says', 'OP 12', ['12']],
    ['OP12 says', 'OP12', ['12']],
    ['PP3 recalls', 'PP3', ['PP3']],
    ['PP 3–PP5 recall', 'PP 3–PP5', ['PP3', 'PP4', 'PP5']],
    ['¶ 40 adds', '¶ 40', ['40']],
    ['¶¶ 97–98 on the IGF', '¶¶ 97–98', ['97', '98']],
    ['references to NETmundial+10 (op.93)', 'op.93', ['93']],
    ['a new para 12 bis on data', 'para 12 bis', ['12bis']],
    ['paras 12ter and 14', 'paras 12ter and 14', ['12ter', '14']],
    ['para 1 quat (former 6 amended)', 'para 1 quat', ['1quat']],
    ['para 12 quater', 'para 12 quater', ['12quater']],
    ['para 12 bisected', 'para 12', ['12']],
  ])('finds %j', (text, reference, labels) => {
    expect(cited(text)).toEqual([[reference, labels]]);
  });

  it('finds the references in EuroDIG’s note as it cites them', () => {
    const note = seed('eurodig-rev2-changes-note.txt');
    const found = cited(note);
    expect(found).toContainEqual(['paras 26 and 27', ['26', '27']]);
    expect(found).toContainEqual(['para 44', ['44']]); // "(new para 44)"
    expect(found).toContainEqual(['para 17', ['17']]); // "In a shortened para 17, text…"
    expect(found.flatMap(([, labels]) => labels)).toEqual(
      ['11', '13', '17', '22', '26', '27', '40', '44', '56', '75', '84', '100', '73', '103', '123', '124'],
    );
  });

  it('finds GDRC-style and research-style citations, with the revision named next to them', () => {
    const text = 'asks that Rev1 para 101 require consultation; see paragraph 98 of Rev2 and para 5 in the zero draft';
    expect(findParagraphReferences(text).map((span) => [span.labels, span.revision])).toEqual([
      [['101'], 'rev1'],
      [['98'], 'rev2'],
      [['5'], 'zero-draft'],
    ]);
    expect(findParagraphReferences('para 98 of the outcome document')[0]?.revision).toBeNull();
    expect(findParagraphReferences('Final para 103 asks the SG')[0]?.revision).toBe('final');
    expect(findParagraphReferences('Zero Draft para 106 merged')[0]?.revision).toBe('zero-draft');
  });

  it.each([
    ['paragraph 2 of resolution 70/125'],
    ['paragraph 111 of the Tunis Agenda for the Information Society'],
    ['paras 28-30 of the Global Digital Compact'],
    ['paragraph 4 of the 2030 Agenda'],
    ['paragraph 3 of document A/80/L.41'],
    ['para 7 of General Assembly resolution 79/277'],
    ['cites GDC para 28'],
    ['A/RES/70/1 and A/RES/80/173'],
    ['in 2025 and 2026'],
    ['paragraph 2025'],
    ['see pp. 12-14 and pp 3'],
    ['subparagraph 3 and paragraph-based comments'],
    ['paragraph 3.2 of the report'],
  ])('leaves alone %j', (text) => {
    expect(cited(text)).toEqual([]);
  });

  it('stops a list before a year or another document', () => {
    expect(cited('paras 12 and 2025 targets')).toEqual([['paras 12', ['12']]]);
    expect(cited('para 11 (2025)')).toEqual([['para 11', ['11']]]);
  });

  it('does not expand absurd ranges', () => {
    expect(cited('paras 5-900')).toEqual([['paras 5', ['5']]]);
    expect(cited('paras 9-3')).toEqual([['paras 9', ['9']]]);
  });
});

describe('revisionAddressedBy', () => {
  it.each([
    [{ url: 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Inputs%20to%20Rev2/TCCM_inputs%20to%20Rev2%20(8%20Dec).pdf' }, 'rev2'],
    [{ url: 'https://www.tccm.global/input-to-rev-1-of-the-wsis20-outcome-document/' }, 'rev1'],
    [{ url: 'https://www.tccm.global/tccm-input-to-revision-2-of-the-wsis20-outcome-document/' }, 'rev2'],
    [{ url: 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/WSIS%2B20_ZERO_DRAFT.pdf' }, 'zero-draft'],
    [{ url: 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/WSIS%2B20_ElementsPaper_20June.pdf' }, 'elements-paper'],
    [{ text: 'Remarks at the WSIS+20 Virtual Stakeholder Consultations on Rev. 1' }, 'rev1'],
    [{ text: 'Comments on the zero draft' }, 'zero-draft'],
    [{ text: 'Statement on draft resolution A/80/L.41' }, 'L.41'],
    [{ text: 'Mandates in A/RES/80/173' }, 'final'],
    [{ text: 'the final phase of negotiations' }, null],
    [{ url: 'https://www.internetsociety.org/?p=237433', text: 'Input to Revision 1' }, 'rev1'],
    [{ url: 'https://example.org/', text: 'A statement on the digital divide' }, null],
    [{}, null],
  ])('%j → %s', (source, revision) => {
    expect(revisionAddressedBy(source)).toBe(revision);
  });

  it('reads the seeds as addressing Rev2', () => {
    expect(revisionAddressedBy({ text: seed('jprs-tccm-joint-opinion-rev2.txt') })).toBe('rev2');
    expect(revisionAddressedBy({ text: seed('eurodig-rev2-changes-note.txt') })).toBe('rev2');
    expect(revisionAddressedBy({ text: 'on the Second Revised Draft of the outcome document' })).toBe('rev2');
  });

  it('lets the URL decide over the text, and the newer revision win a tie', () => {
    expect(revisionAddressedBy({ url: 'https://x.example/Inputs%20to%20Rev1/a.pdf', text: 'Revision 2' })).toBe('rev1');
    expect(revisionAddressedBy({ text: 'Rev1 and Rev2' })).toBe('rev2');
  });
});

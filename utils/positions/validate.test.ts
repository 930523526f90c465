import { describe, expect, it } from 'vitest';
import { parsePack, validatePack, validatePosition, isIsoDate } from './validate';

const ORIGIN = 'pack:https://example.org/positions.json' as const;

function goodPosition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'p1',
    stakeholder: 'TCCM',
    kind: 'input',
    stance: 'supports',
    family: 'wsis20-outcome',
    revision: 'rev2',
    paragraphs: ['98', 'PP3'],
    evidence: 'explicit',
    summary: 'Supports a permanent IGF.',
    sourceUrl: 'https://www.tccm.global/tccm-input-to-revision-2-of-the-wsis20-outcome-document/',
    date: '2025-12-08',
    ...overrides,
  };
}

function pack(positions: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'wsis-lens-positions', version: 1, name: 'Test pack', positions, ...overrides };
}

function errorsOf(value: unknown): string[] {
  const result = validatePack(value, ORIGIN);
  return result.ok ? [] : result.errors;
}

describe('validatePack', () => {
  it('accepts a good pack and stamps every position with the pack origin', () => {
    const result = validatePack(pack([goodPosition(), goodPosition({ id: 'p2', origin: 'bundled', quote: 'We support…' })]), ORIGIN);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Test pack');
    expect(result.value.positions.map((position) => position.origin)).toEqual([ORIGIN, ORIGIN]);
    expect(result.value.positions[1]?.quote).toBe('We support…');
  });

  it('accepts optional fields and drops unknown ones', () => {
    const result = validatePosition(
      goodPosition({
        title: 'Input to Rev2',
        otherSources: ['http://www.g77.org/statement/getstatement.php?id=251217&print=1'],
        alsoRefersTo: [{ revision: 'final', paragraphs: ['99'], evidence: 'inferred' }],
        evidenceNote: 'inferred from topic',
        sourceDescription: 'note',
        note: 'n',
        colour: 'red',
      }),
      'positions[0]',
      'own',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.alsoRefersTo).toEqual([{ revision: 'final', paragraphs: ['99'], evidence: 'inferred' }]);
    expect(Object.keys(result.value)).not.toContain('colour');
    expect(result.value.origin).toBe('own');
  });

  it('refuses the wrong format and version with plain words', () => {
    expect(errorsOf(pack([], { format: 'something-else', version: 2 }))).toEqual([
      'format: must be "wsis-lens-positions" (got "something-else")',
      'version: must be 1; this version of WSIS Lens reads version 1 packs (got 2)',
    ]);
    expect(errorsOf([])).toEqual([expect.stringMatching(/^file: must be a JSON object/)]);
    expect(errorsOf(pack([], { positions: 'none' }))).toEqual(['positions: must be a list (got "none")']);
  });

  it('names the entry and field of each problem', () => {
    const errors = errorsOf(
      pack([
        goodPosition(),
        goodPosition({ id: 'p2', stance: 'loves' }),
        goodPosition({ id: 'p3', revision: 'rev9' }),
        goodPosition({ id: 'p4', sourceUrl: 'javascript:alert(1)' }),
        goodPosition({ id: 'p5', sourceUrl: 'data:text/html,<script>alert(1)</script>' }),
        goodPosition({ id: 'p6', date: '8 December 2025' }),
        goodPosition({ id: 'p7', summary: 'x'.repeat(3001) }),
        goodPosition({ id: 'p8', paragraphs: ['98', '<b>'] }),
        goodPosition({ id: 'p1' }),
        goodPosition({ id: 'p10', summary: undefined, evidence: 'certain' }),
      ]),
    );
    expect(errors).toEqual([
      'positions[1].stance: must be one of supports, opposes, proposes-amendment, notes-change, neutral (got "loves")',
      'positions[2].revision: must be one of elements-paper, zero-draft, rev1, rev2, rev3, rev4, L.41, final (got "rev9")',
      'positions[3].sourceUrl: must be an http(s) URL (got "javascript:alert(1)")',
      expect.stringMatching(/^positions\[4\]\.sourceUrl: must be an http\(s\) URL \(got "data:/),
      'positions[5].date: must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY (got "8 December 2025")',
      'positions[6].summary: too long (3001 characters; at most 3000)',
      'positions[7].paragraphs[1]: must be a paragraph label such as "98" or "PP3" (got "<b>")',
      'positions[8].id: "p1" is already used by positions[0]',
      'positions[9].evidence: must be one of explicit, inferred (got "certain")',
      'positions[9].summary: must be text (got nothing)',
    ]);
  });

  it('refuses javascript: among other sources too', () => {
    expect(errorsOf(pack([goodPosition({ otherSources: ['https://ok.example/', 'JavaScript:alert(1)'] })]))).toEqual([
      'positions[0].otherSources[1]: must be an http(s) URL (got "JavaScript:alert(1)")',
    ]);
  });

  it('keeps hostile text as plain data, unchanged', () => {
    const script = '<script>alert("x")</script>';
    const image = '<img src=x onerror="alert(1)">';
    const result = validatePack(pack([goodPosition({ stakeholder: script, summary: image, quote: `${script}${image}` })]), ORIGIN);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.positions[0]).toMatchObject({ stakeholder: script, summary: image, quote: `${script}${image}` });
  });

  it('is pure: a bad pack leaves its input untouched', () => {
    const input = pack([goodPosition(), goodPosition({ id: 'p2', stance: 'loves' })]);
    const before = JSON.stringify(input);
    const result = validatePack(Object.freeze(input), ORIGIN);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('caps a flood of errors at a readable number', () => {
    const errors = errorsOf(pack(Array.from({ length: 200 }, (_, index) => goodPosition({ id: `p${index}`, stance: 'x' }))));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe('… and 150 more problems');
  });
});

describe('parsePack', () => {
  it('reports text that is not JSON', () => {
    const result = parsePack('{"format": "wsis-lens-positions",', ORIGIN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^not JSON: /);
  });

  it('reads a good file', () => {
    const result = parsePack(JSON.stringify(pack([goodPosition()])), ORIGIN);
    expect(result.ok && result.value.positions[0]?.id).toBe('p1');
  });

  it('refuses a file too large to be a positions pack', () => {
    const result = parsePack(' '.repeat(5_000_001), ORIGIN);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^file: too large/)]);
  });
});

describe('isIsoDate', () => {
  it.each(['2025', '2025-12', '2025-12-08', '2024-02-29'])('accepts %s', (date) => expect(isIsoDate(date)).toBe(true));
  it.each(['2025-13', '2025-02-30', '2025-12-8', '25-12-08', '2025-12-08T10:00', '2025-12-03/04', ''])('refuses %s', (date) =>
    expect(isIsoDate(date)).toBe(false),
  );
});

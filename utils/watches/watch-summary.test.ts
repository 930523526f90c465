import { describe, expect, it } from 'vitest';
import { wordDiff } from '../word-diff';
import type { WatchRow } from './watch-list-model';
import { watchSummary } from './watch-summary';

function row(overrides: Partial<WatchRow>): WatchRow {
  return {
    id: 'w',
    family: 'wsis20-outcome',
    label: '12',
    newestRevision: 'rev2',
    acknowledgedRevision: 'rev1',
    status: '¶12, unchanged',
    context: 'since Rev.1, in Rev.2',
    state: 'unchanged',
    changed: false,
    tokens: [],
    newPositions: 0,
    note: '',
    text: 'We call upon all stakeholders',
    createdAt: '2025-11-08T10:00:00.000Z',
    cleanHref: null,
    trackedHref: null,
    ...overrides,
  };
}

describe('watchSummary', () => {
  const forum = row({
    id: 'igf',
    label: '100',
    status: '¶98 → ¶100, modified',
    state: 'modified',
    changed: true,
    tokens: wordDiff('The Forum should become permanent', 'The Forum shall be made permanent'),
    note: 'Ask the mission <b>today</b>',
  });
  const skills = row({});

  it('lists the changed paragraphs first, with the words changed and the reader’s note, then the others', () => {
    expect(watchSummary([{ name: 'WSIS+20 outcome document', rows: [skills, forum] }]).text).toBe(
      [
        'Watched paragraphs',
        '',
        'WSIS+20 outcome document',
        'Changed:',
        '- ¶98 → ¶100, modified (since Rev.1, in Rev.2): replaced “should become” with “shall be made”',
        '  Note: Ask the mission <b>today</b>',
        'Not changed:',
        '- ¶12, unchanged (since Rev.1, in Rev.2)',
        '',
      ].join('\n'),
    );
  });

  it('gives Word the diff struck through and underlined, and the reader’s words as text', () => {
    const { html } = watchSummary([{ name: 'WSIS+20 outcome document', rows: [forum] }]);
    expect(html).toContain('<del style="text-decoration:line-through');
    expect(html).toContain('<ins style="text-decoration:underline');
    expect(html).toContain('Note: Ask the mission &#60;b&#62;today&#60;/b&#62;');
    expect(html).not.toContain('<b>today');
  });
});

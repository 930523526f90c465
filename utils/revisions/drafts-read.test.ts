import { describe, expect, it } from 'vitest';
import { draftsRead } from './drafts-read';
import { paragraph, revisionText } from './test-support';

describe('draftsRead', () => {
  it('lists the revisions read newest first, each with the one read before it', () => {
    const rev1 = revisionText('rev1', [paragraph('1', 'a'), paragraph('2', 'b')]);
    const rev2 = { ...revisionText('rev2', [paragraph('1', 'a')]), documentId: { ...revisionText('rev2', []).documentId, date: '2025-12-03' } };
    const l41 = revisionText('L.41', [paragraph('1', 'a')]);
    const unnamed = { ...revisionText('x', []), documentId: { ...rev1.documentId, revision: null } };
    expect(draftsRead([rev2, unnamed, l41, rev1])).toEqual([
      { revision: 'L.41', name: 'A/80/L.41', url: l41.url, date: null, paragraphs: 1, previous: { name: 'Rev.2', url: rev2.url } },
      { revision: 'rev2', name: 'Rev.2', url: rev2.url, date: '2025-12-03', paragraphs: 1, previous: { name: 'Rev.1', url: rev1.url } },
      { revision: 'rev1', name: 'Rev.1', url: rev1.url, date: null, paragraphs: 2, previous: null },
    ]);
    expect(draftsRead([])).toEqual([]);
  });
});

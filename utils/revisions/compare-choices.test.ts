import { describe, expect, it } from 'vitest';
import { compareChoices, type CompareChoice } from './compare-choices';
import { draftsRead } from './drafts-read';
import { paragraph, revisionText } from './test-support';

const zero = revisionText('zero-draft', [paragraph('1', 'a')]);
const rev1 = revisionText('rev1', [paragraph('1', 'a')]);
const rev2 = revisionText('rev2', [paragraph('1', 'b')]);
const l41 = revisionText('L.41', [paragraph('1', 'c')]);
const drafts = draftsRead([rev2, l41, zero, rev1]);
const side = (text: typeof rev1, name: string) => ({ url: text.url, name });
const offered = (choices: CompareChoice[]) => choices.filter((choice) => !choice.disabled).map((choice) => choice.name);

describe('compareChoices', () => {
  it('lists the drafts read oldest first, each side offered only what keeps the older before the newer', () => {
    const choices = compareChoices(drafts, side(rev1, 'Rev.1'), side(rev2, 'Rev.2'));
    expect(choices?.older.map((choice) => choice.name)).toEqual(['Zero Draft', 'Rev.1', 'Rev.2', 'A/80/L.41']);
    expect(offered(choices!.older)).toEqual(['Zero Draft', 'Rev.1']);
    expect(offered(choices!.newer)).toEqual(['Rev.2', 'A/80/L.41']);
  });

  it('keeps a side that is not among the drafts stored (a tracked-changes file) first, and offers it every other draft', () => {
    const tracked = { url: 'https://example.org/Rev2_TrackChanges.pdf', name: 'Rev.2 (tracked changes)' };
    const choices = compareChoices(drafts, side(rev1, 'Rev.1'), tracked);
    expect(choices?.newer[0]).toEqual({ ...tracked, disabled: false });
    expect(offered(choices!.newer)).toEqual(['Rev.2 (tracked changes)', 'Rev.2', 'A/80/L.41']);
    // The older side cannot place the tracked file, so only the other side's own file is ruled out.
    expect(offered(choices!.older)).toEqual(['Zero Draft', 'Rev.1', 'Rev.2', 'A/80/L.41']);
  });

  it('offers nothing when the two revisions compared are the only ones read', () => {
    expect(compareChoices(draftsRead([rev1, rev2]), side(rev1, 'Rev.1'), side(rev2, 'Rev.2'))).toBeNull();
    expect(compareChoices([], side(rev1, 'Rev.1'), side(rev2, 'Rev.2'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { textOf } from '../word-diff';
import { paragraphHistory } from './paragraph-history';
import { paragraph as p, revisionText as text } from './test-support';


const FORUM = (how: string) => `We decide that the Internet Governance Forum ${how} a forum of the United Nations with a secretariat in the Department of Economic and Social Affairs.`;
const SKILLS = 'We call upon all stakeholders to support digital literacy and skills, taking into account national priorities and circumstances.';
const WASTE = 'We note with concern the rapid growth in the volume of electronic waste and call for better data gathering and recycling.';
const INFRA = 'We recognize the potential of digital public infrastructure to deliver social and economic benefits at scale for everyone.';

const zero = text('zero-draft', [p('49', SKILLS), p('50', FORUM('should be strengthened as')), p('51', INFRA)]);
const rev1 = text('rev1', [p('95', SKILLS), p('96', FORUM('should become permanently')), p('97', WASTE), p('98', INFRA)]);
const rev2 = text('rev2', [p('97', SKILLS), p('98', FORUM('shall be made permanently')), p('99', WASTE)]);
const l41 = text('L.41', [p('98', SKILLS), p('99', FORUM('shall be made permanently')), p('100', WASTE)]);
const all = [l41, zero, rev2, rev1];

const summary = (entries: ReturnType<typeof paragraphHistory>) => entries.map((e) => `${e.name} ${e.keys.join('+') || '–'} ${e.state}${e.current ? ' (shown)' : ''}`);

describe('paragraphHistory', () => {
  it('follows a renumbered paragraph through every revision read, oldest first, with what each changed', () => {
    const history = paragraphHistory(rev2, '98', all);
    expect(summary(history)).toEqual(['Zero Draft 50 earliest', 'Rev.1 96 modified', 'Rev.2 98 modified (shown)', 'A/80/L.41 99 unchanged']);
    const [, toRev1, toRev2] = history;
    expect(toRev1!.tokens.filter((t) => t.kind !== 'same').map((t) => t.text.trim())).toEqual(['be strengthened as', 'become permanently']);
    expect(textOf(toRev2!.tokens, 'new')).toBe(FORUM('shall be made permanently'));
    expect(history.map((e) => e.url)).toEqual(['https://docs.un.org/zero-draft.pdf', 'https://docs.un.org/rev1.pdf', 'https://docs.un.org/rev2.pdf', 'https://docs.un.org/L.41.pdf']);
  });

  it('stops where the paragraph was added, and where it was deleted', () => {
    expect(summary(paragraphHistory(rev1, '97', all))).toEqual(['Zero Draft – not-yet', 'Rev.1 97 added (shown)', 'Rev.2 99 unchanged', 'A/80/L.41 100 unchanged']);
    expect(summary(paragraphHistory(zero, '51', all))).toEqual(['Zero Draft 51 earliest (shown)', 'Rev.1 98 unchanged', 'Rev.2 – deleted']);
  });

  it('is the shown revision alone when no other is read, and nothing for an unknown document', () => {
    expect(summary(paragraphHistory(rev2, '98', [rev2]))).toEqual(['Rev.2 98 earliest (shown)']);
    expect(paragraphHistory({ ...rev2, documentId: { ...rev2.documentId, revision: null } }, '98', all)).toEqual([]);
  });
});

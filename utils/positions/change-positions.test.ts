import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../align';
import { changeList } from '../revisions/change-list';
import type { RevisionText } from '../revisions/revision-text';
import { paragraph as p, revisionText } from '../revisions/test-support';
import { positionsOnChanges } from './change-positions';
import type { Position } from './model';

const FORUM = 'We decide that the Internet Governance Forum should become a permanent forum of the United Nations.';
const INFRA = 'We recognize the potential of digital public infrastructure to deliver social and economic benefits at scale.';
const SKILLS = 'We call upon all stakeholders to support digital literacy and skills, taking into account national circumstances.';
const WASTE = 'We note with concern the rapid growth in the volume of electronic waste and call for better data gathering.';

const rev1 = revisionText('rev1', [p('95', SKILLS), p('96', FORUM), p('97', INFRA)]);
const rev2 = revisionText('rev2', [p('97', WASTE), p('98', SKILLS), p('99', FORUM.replace('should become', 'shall be made'))]);

function position(id: string, revision: Position['revision'], paragraphs: string[], stakeholder: string): Position {
  return { id, stakeholder, kind: 'input', stance: 'supports', family: 'wsis20-outcome', revision, paragraphs, evidence: 'explicit', summary: id, sourceUrl: 'https://example.org/', date: '2025-12-08', origin: 'bundled' };
}

describe('positionsOnChanges', () => {
  const changes = changeList(alignParagraphs(rev1.paragraphs, rev2.paragraphs), rev1, rev2).entries;
  const byChange = (positions: Position[], cached: RevisionText[] = []) =>
    Object.fromEntries(changes.map((change, i) => [`${change.change} ${change.oldKeys.join()}>${change.newKeys.join()}`, positionsOnChanges(changes, rev1, rev2, positions, cached)[i]!.map((m) => `${m.position.id}${m.via ? ` via ${m.via.revision} ¶${m.via.label}` : ''}`)]));

  it('finds positions on each change where it stands now, and those said about the older revision through alignment', () => {
    const positions = [
      position('tccm-on-rev2', 'rev2', ['99'], 'TCCM'),
      position('isoc-on-rev1', 'rev1', ['96'], 'ISOC'),
      position('infra-on-rev1', 'rev1', ['97'], 'G77'),
      position('waste-on-rev2', 'rev2', ['97'], 'EuroDIG'),
    ];
    expect(byChange(positions)).toEqual({
      'unchanged 95>98': [],
      'modified 96>99': ['tccm-on-rev2', 'isoc-on-rev1 via rev1 ¶96'],
      // A deleted paragraph is looked up in the older revision, where it stood.
      'deleted 97>': ['infra-on-rev1'],
      'added >97': ['waste-on-rev2'],
    });
  });

  it('follows positions said about a third revision when its text is cached', () => {
    const zero = revisionText('zero-draft', [p('50', FORUM.replace('a permanent forum', 'a forum')), p('51', SKILLS)]);
    const positions = [position('apc-on-zero', 'zero-draft', ['50'], 'APC')];
    expect(byChange(positions)['modified 96>99']).toEqual([]);
    expect(byChange(positions, [zero])['modified 96>99']).toEqual(['apc-on-zero via zero-draft ¶50']);
  });

  it('gives nothing for revisions positions cannot address, and each position once', () => {
    const unknown = revisionText('A/80/L.99', rev2.paragraphs);
    const matches = positionsOnChanges(changes, rev1, unknown, [position('tccm-on-rev2', 'rev2', ['99'], 'TCCM')]);
    expect(matches.every((m) => m.length === 0)).toBe(true);
    const twice = positionsOnChanges(changes, rev1, rev2, [position('both', 'rev2', ['99', '98'], 'TCCM')]);
    expect(twice.map((m) => m.length)).toEqual(changes.map((c) => (c.newKeys.includes('99') || c.newKeys.includes('98') ? 1 : 0)));
  });
});

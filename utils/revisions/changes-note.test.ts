import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../align';
import { changeList } from './change-list';
import type { Position } from '../positions/model';
import { changesNote } from './changes-note';
import type { RevisionText } from './revision-text';
import { sectionChanges } from './section-changes';
import { paragraph, revisionText } from './test-support';

const p = (label: string, heading: string | null, text: string) => paragraph(label, text, heading);
const RECALLING = 'Recalling the Geneva Declaration of Principles and Plan of Action of 2003,';

const FORUM = 'We decide that the Internet Governance Forum should become a permanent forum of the United Nations.';
const SKILLS = 'We call upon all stakeholders to support digital literacy and skills, taking into account national circumstances.';
const INFRA = 'We recognize the potential of digital public infrastructure to deliver social and economic benefits at scale.';
const WASTE = 'We note with concern the rapid growth in the volume of electronic waste and call for better data gathering.';
const DIVIDES = 'We commit to bridging the gender digital divide through access to affordable broadband for all women and girls.';

const older = revisionText(
  'rev1',
  [p('PP1', null, RECALLING), p('10', 'Introduction', SKILLS), p('11', 'Bridging digital divides', INFRA), p('12', 'Bridging digital divides', DIVIDES), p('13', 'Internet governance', FORUM)],
  'https://publicadministration.desa.un.org/files/Rev1.pdf',
);
const newer = revisionText(
  'rev2',
  [
    p('PP1', null, RECALLING.replace('2003', '2003 and the Tunis Agenda')),
    p('10', 'Introduction', SKILLS),
    p('11', 'Closing all digital divides', DIVIDES.replace('affordable broadband', 'affordable and meaningful broadband')),
    p('12', 'Closing all digital divides', WASTE),
    p('13', 'Internet governance', FORUM.replace('should become', 'shall be made')),
  ],
  'https://publicadministration.desa.un.org/files/Rev2.pdf',
);

const TCCM: Position = {
  id: 'tccm',
  stakeholder: 'TCCM',
  kind: 'input',
  stance: 'supports',
  family: 'wsis20-outcome',
  revision: 'rev2',
  paragraphs: ['13'],
  evidence: 'explicit',
  summary: 'A permanent IGF',
  sourceUrl: 'https://www.tccm.example/wsis20-rev2',
  date: '2025-12-08',
  origin: 'bundled',
};

function note(change = (kind: string) => kind !== 'unchanged', section = () => true) {
  const units = alignParagraphs(older.paragraphs, newer.paragraphs);
  const changes = changeList(units, older, newer).entries;
  const sections = sectionChanges(units, older, newer).entries;
  return changesNote({ older, newer, oldName: 'Rev.1', newName: 'Rev.2', changes, sections, shown: { change: (i) => change(changes[i]!.change), section } });
}

describe('changesNote', () => {
  it('writes the changes as a reader’s note: sources, renamed sections, then each change under its section with the words changed', () => {
    const { text } = note();
    expect(text).toBe(
      [
        'Changes from Rev.1 to Rev.2',
        'Rev.1: https://publicadministration.desa.un.org/files/Rev1.pdf',
        'Rev.2: https://publicadministration.desa.un.org/files/Rev2.pdf',
        '',
        'Sections',
        '- Renamed: “Bridging digital divides” → “Closing all digital divides”',
        '',
        'Preamble',
        '- PP1, modified: inserted “and the Tunis Agenda”',
        '',
        'Closing all digital divides',
        '- Rev.1 ¶11, deleted: “We recognize the potential of digital public infrastructure to deliver social and economic benefits at scale.”',
        '- ¶11 (was ¶12), modified: inserted “and meaningful”',
        '- ¶12, added: “We note with concern the rapid growth in the volume of electronic waste and call for better data gathering.”',
        '',
        'Internet governance',
        '- ¶13, modified: replaced “should become” with “shall be made”',
        '',
      ].join('\n'),
    );
  });

  it('lists only the kinds shown, and unchanged paragraphs when those are shown', () => {
    expect(note((kind) => kind === 'added').text).not.toMatch(/modified|deleted/);
    expect(note((kind) => kind === 'added').text).toContain('- ¶12, added:');
    expect(note(() => true).text).toContain('Introduction\n- ¶10, unchanged\n');
    expect(note(undefined, () => false).text).not.toContain('Sections');
    // A deletion stays in the section it stood in, whatever is shown around it.
    expect(note((kind) => kind === 'deleted').text).toContain('Closing all digital divides\n- Rev.1 ¶11, deleted');
  });

  it('lists the positions on a change under it, with their sources, in the text and in the HTML', () => {
    const units = alignParagraphs(older.paragraphs, newer.paragraphs);
    const changes = changeList(units, older, newer).entries;
    const positions = changes.map((change) =>
      change.newKeys.includes('13') ? [{ position: TCCM, via: null, evidence: 'explicit' as const }, { position: { ...TCCM, id: 'isoc', stakeholder: 'ISOC', stance: 'proposes-amendment' as const, revision: 'rev1' as const }, via: { revision: 'rev1' as const, label: '13' }, evidence: 'explicit' as const }] : [],
    );
    const { text, html } = changesNote({ older, newer, oldName: 'Rev.1', newName: 'Rev.2', changes, sections: [], positions, shown: { change: () => true, section: () => true } });
    expect(text).toContain(
      '- ¶13, modified: replaced “should become” with “shall be made”\n  · TCCM, supports: https://www.tccm.example/wsis20-rev2\n  · ISOC, proposes amendment (said about Rev.1 ¶13): https://www.tccm.example/wsis20-rev2\n',
    );
    expect(html).toContain('<li><a href="https://www.tccm.example/wsis20-rev2">TCCM</a>, supports</li>');
  });

  it('gives Word deletions struck through and insertions underlined, in the whole paragraph', () => {
    const { html } = note();
    expect(html).toContain('<h3>Internet governance</h3>');
    expect(html).toContain('<p><b>¶13, modified</b></p>');
    expect(html).toMatch(/Forum <del style="text-decoration:line-through;[^"]*">should become ?<\/del><ins style="text-decoration:underline;[^"]*">shall be made ?<\/ins> ?a permanent forum/);
    expect(html).toContain('<a href="https://publicadministration.desa.un.org/files/Rev1.pdf">');
  });

  it('carries hostile text from a PDF as text: nothing in it becomes markup', () => {
    const hostile = '<img src=x onerror="alert(1)"> & <script>alert("x")</script>';
    const evil: RevisionText = { ...newer, url: 'javascript:alert(1)', paragraphs: [...newer.paragraphs, p('14', '<b>Heading</b>', hostile)] };
    const units = alignParagraphs(older.paragraphs, evil.paragraphs);
    const shown = { change: () => true, section: () => true };
    const said = [{ position: { ...TCCM, stakeholder: '<b>Evil</b>', sourceUrl: 'javascript:alert(1)' }, via: null, evidence: 'explicit' as const }];
    const { html, text } = changesNote({ older, newer: evil, oldName: 'Rev.1', newName: '<i>Rev.2</i>', changes: changeList(units, older, evil).entries, sections: [], positions: [said], shown });
    expect(html).not.toMatch(/<(?:img|script|i>|a href="javascript)/i);
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#60;script&#62;');
    expect(html).toContain('&#60;b&#62;Heading&#60;/b&#62;');
    expect(html).toContain('<li>&#60;b&#62;Evil&#60;/b&#62;, supports</li>');
    expect(text).toContain(hostile);
  });
});

// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { RevisionText } from '@/utils/revisions/revision-text';
import { paragraph as p, revisionText as text } from '@/utils/revisions/test-support';
import type { CardData, CardParagraph } from './card-data';
import { HistorySection } from './HistorySection';

const SKILLS = 'Encourage all stakeholders to develop digital skills and literacy programmes for all, taking into account national circumstances';
const FORUM = (how: string) => `Decide that the Internet Governance Forum ${how} with a secretariat <img src=x onerror="alert(1)"> in the Department`;
const zero = text('zero-draft', [p('50', FORUM('shall continue')), p('51', SKILLS)]);
const rev1 = text('rev1', [p('96', FORUM('shall become permanent')), p('97', SKILLS)]);
const rev2 = text('rev2', [p('97', SKILLS), p('98', FORUM('shall be made permanent'))]);

function show(shown: RevisionText, key: string, revisions: RevisionText[]): HTMLElement {
  const data: CardData = {
    document: { url: shown.url, documentId: shown.documentId, documentName: 'WSIS+20 outcome document', revisionName: null, text: shown },
    comparison: { state: 'none', reason: '' },
    revisions,
    learnedUrls: {},
    viewerPage: 'chrome-extension://x/viewer.html',
  };
  const paragraph: CardParagraph = { ...shown.paragraphs.find((q) => q.label === key)!, key, page: 1 };
  const host = document.createElement('div');
  render(<HistorySection paragraph={paragraph} data={data} />, host);
  return host;
}

describe('HistorySection', () => {
  it('gives the chain of numbers, and each revision with a link to the paragraph there and the words it changed', () => {
    const host = show(rev2, '98', [zero, rev1, rev2]);
    expect(host.querySelector('[data-wsis-history-chain]')?.textContent).toBe('Zero Draft ¶50 → Rev.1 ¶96 → Rev.2 ¶98');
    const items = [...host.querySelectorAll('[data-wsis-history]')];
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').slice(0, 40))).toEqual([
      'Zero Draft ¶50 earliest read',
      expect.stringMatching(/^Rev\.1 ¶96 changed/),
      expect.stringMatching(/^Rev\.2 ¶98 changed \(this version\)/),
    ]);
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe(`chrome-extension://x/viewer.html?file=${encodeURIComponent(rev1.url)}#para=96`);
    expect(items[2]!.querySelector('a')).toBeNull();
    expect([...items[1]!.querySelectorAll('ins')].map((ins) => ins.textContent?.trim())).toEqual(['become permanent']);
    // The PDFs' words are text, never markup.
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('says where a paragraph was added or deleted, and stays away when "What changed" says it all', () => {
    expect(show(rev1, '96', [rev1, rev2]).querySelector('[data-wsis-history-chain]')?.textContent).toBe('Rev.1 ¶96 → Rev.2 ¶98');
    const gone = text('rev3', [p('1', SKILLS)]);
    expect(show(rev2, '98', [zero, rev1, rev2, gone]).querySelector('[data-wsis-history-chain]')?.textContent).toBe(
      'Zero Draft ¶50 → Rev.1 ¶96 → Rev.2 ¶98; deleted in Rev.3',
    );
    // Shown revision and its previous one only: the change section has that step.
    expect(show(rev2, '98', [rev1, rev2]).querySelector('[data-wsis-section="history"]')).toBeNull();
  });
});

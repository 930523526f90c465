// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { alignRevisions } from '@/utils/revisions/alignment-cache';
import type { RevisionText } from '@/utils/revisions/revision-text';
import type { CardData, CardParagraph } from './card-data';
import { ChangeSection } from './ChangeSection';

const doc = { family: 'wsis20-outcome', variant: 'clean', symbol: null, date: null, title: null } as const;
const p = (label: string, text: string) => ({ label, text, part: 0, kind: 'operative' as const, heading: null });
const HOSTILE = 'Decide that the Forum <img src=x onerror="alert(1)"> shall be permanent <script>alert(2)</script> with a secretariat';
const rev1: RevisionText = {
  hash: 'a',
  url: 'https://publicadministration.desa.un.org/rev1.pdf',
  documentId: { ...doc, revision: 'rev1' },
  paragraphs: [p('1', 'Encourage all stakeholders to develop digital skills and literacy for all'), p('2', HOSTILE.replace('permanent', 'temporary'))],
};
const rev2: RevisionText = {
  hash: 'b',
  url: 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf',
  documentId: { ...doc, revision: 'rev2' },
  paragraphs: [p('1', 'Welcome the new scientific panel on artificial intelligence and its dialogue'), p('2', 'Encourage all stakeholders to develop digital skills and literacy for all'), p('3', HOSTILE)],
};

function data(overrides: Partial<CardData> = {}): CardData {
  return {
    document: { url: rev2.url, documentId: rev2.documentId, documentName: 'WSIS+20 outcome document', revisionName: 'Rev.2', text: rev2 },
    comparison: { state: 'ready', previous: { revision: 'rev1', name: 'Rev.1', url: rev1.url, cached: true }, previousText: rev1, units: alignRevisions(rev1, rev2) },
    revisions: [rev1, rev2],
    learnedUrls: {},
    viewerPage: 'chrome-extension://x/viewer.html',
    ...overrides,
  };
}
const para = (key: string): CardParagraph => ({ ...rev2.paragraphs.find((q) => q.label === key)!, key, page: 1 });

function show(paragraph: CardParagraph, cardData: CardData): HTMLElement {
  const host = document.createElement('div');
  render(<ChangeSection paragraph={paragraph} data={cardData} />, host);
  return host;
}

describe('ChangeSection', () => {
  it('says what changed since the previous revision, with the word diff as inert text', () => {
    const host = show(para('3'), data());
    expect(host.querySelector('[data-wsis-change]')?.textContent).toBe('Changed since Rev.1 (was ¶2)');
    expect(host.querySelector('ins')?.textContent?.trim()).toBe('permanent');
    expect(host.querySelector('del')?.textContent?.trim()).toBe('temporary');
    expect(host.querySelector('img, script')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('links the same paragraph in the tracked-changes version and in the previous revision', () => {
    const host = show(para('3'), data());
    const tracked = host.querySelector<HTMLAnchorElement>('[data-wsis-link="tracked"]')!;
    expect(tracked.textContent).toBe('Tracked changes ¶3');
    const address = new URL(tracked.href);
    expect(address.searchParams.get('file')).toMatch(/Rev2\/WSIS%2B20_Rev2_031225_TrackChanges%201\.pdf$/);
    expect(address.hash).toBe('#para=3');
    expect(host.querySelector('[data-wsis-link="previous"]')?.textContent).toBe('Rev.1 ¶2');
  });

  it('names new and renumbered-unchanged paragraphs, and says when the comparison is on its way', () => {
    expect(show(para('1'), data()).querySelector('[data-wsis-change]')?.textContent).toBe('New in Rev.2');
    expect(show(para('2'), data()).querySelector('[data-wsis-change]')?.textContent).toBe('Unchanged since Rev.1 (was ¶1)');
    const loading = show(para('2'), data({ comparison: { state: 'loading', previous: { revision: 'rev1', name: 'Rev.1', url: rev1.url, cached: false }, progress: 0.4 } }));
    expect(loading.textContent).toContain('Reading Rev.1 to compare… 40 %');
  });

  it('shows a tracked-changes PDF’s own markup, and links back to the clean version', () => {
    const tracked = data({ document: { ...data().document, documentId: { ...rev2.documentId, variant: 'tracked' } } });
    const host = show({ ...para('3'), changes: [{ type: 'del', text: 'temporary' }, { type: 'ins', text: 'permanent' }] }, tracked);
    expect(host.querySelector('[data-wsis-official-changes]')?.textContent).toBe('temporarypermanent');
    expect(host.querySelector<HTMLAnchorElement>('[data-wsis-link="clean"]')?.textContent).toBe('Clean version ¶3');
  });

  it('shows no cross-language diff in a translation, says where changes are compared and links the English paragraph', () => {
    const french: RevisionText = {
      hash: 'fr',
      url: 'https://docs.un.org/fr/A/80/L.41',
      documentId: { ...rev2.documentId, revision: 'rev2', symbol: 'A/80/L.41' },
      paragraphs: [p('1', 'Se félicite du nouveau groupe scientifique'), p('2', 'Encourage toutes les parties prenantes'), p('3', 'Décide que le Forum sera permanent')],
    };
    // Even a comparison made before the language was known is not shown.
    const host = show(
      { ...french.paragraphs[2]!, key: '3', page: 1 },
      data({ document: { url: french.url, documentId: french.documentId, documentName: 'WSIS+20 outcome document', revisionName: 'Rev.2', text: french, language: 'fr' } }),
    );
    expect(host.querySelector('[data-wsis-change], ins, del')).toBeNull();
    expect(host.querySelector('[data-wsis-language-note]')?.textContent).toMatch(/French version\. Changes between revisions are compared in the English texts/);
    const english = host.querySelector<HTMLAnchorElement>('[data-wsis-link="english"]')!;
    expect(english.textContent).toBe('English version ¶3');
    expect(new URL(english.href).searchParams.get('file')).toBe('https://docs.un.org/en/A/80/L.41');
    expect(new URL(english.href).hash).toBe('#para=3');
    expect(host.querySelector('[data-wsis-link="previous"]')).toBeNull();
  });

  it('in a translation of a document outside the known families, names the language and links the English version', () => {
    const other = { family: null, revision: null, variant: null, symbol: 'A/RES/79/1', date: null, title: null };
    const host = show(para('3'), data({ document: { url: 'https://docs.un.org/es/A/RES/79/1', documentId: other, documentName: 'A/RES/79/1', revisionName: null, text: null, language: 'es' } }));
    expect(host.querySelector('[data-wsis-language-note]')?.textContent).toBe('This is the Spanish version; paragraph numbers are the same in every language.');
    expect(new URL(host.querySelector<HTMLAnchorElement>('[data-wsis-link="english"]')!.href).searchParams.get('file')).toBe('https://docs.un.org/en/A/RES/79/1');
  });

  it('treats an English document and one of unknown language as before', () => {
    for (const language of ['en', null] as const) {
      const host = show(para('3'), data({ document: { ...data().document, language } }));
      expect(host.querySelector('[data-wsis-change]')?.textContent).toBe('Changed since Rev.1 (was ¶2)');
      expect(host.querySelector('[data-wsis-language-note], [data-wsis-link="english"]')).toBeNull();
    }
  });

  it('mentions that the paragraph’s section heading was renamed since the previous revision, and only then', () => {
    const under = (heading: string, q: RevisionText['paragraphs'][number]) => ({ ...q, heading });
    const older: RevisionText = { ...rev1, hash: 'h1', paragraphs: [under('Introduction', rev1.paragraphs[0]!), under('Bridging digital divides', rev1.paragraphs[1]!)] };
    const newer: RevisionText = {
      ...rev2,
      hash: 'h2',
      paragraphs: [under('Introduction', rev2.paragraphs[0]!), under('Introduction', rev2.paragraphs[1]!), under('Closing all digital divides', rev2.paragraphs[2]!)],
    };
    const headed = data({
      document: { ...data().document, text: newer },
      comparison: { state: 'ready', previous: { revision: 'rev1', name: 'Rev.1', url: rev1.url, cached: true }, previousText: older, units: alignRevisions(older, newer) },
    });
    const paragraphOf = (key: string): CardParagraph => ({ ...newer.paragraphs.find((q) => q.label === key)!, key, page: 1 });
    expect(show(paragraphOf('3'), headed).querySelector('[data-wsis-section-renamed]')?.textContent).toBe(
      'Section renamed: Bridging digital divides → Closing all digital divides',
    );
    expect(show(paragraphOf('2'), headed).querySelector('[data-wsis-section-renamed]')).toBeNull();
    // Without the texts aligned in full (an HTML page), nothing is claimed about the heading.
    const partial = data({ ...headed, comparison: { ...(headed.comparison as Extract<CardData['comparison'], { state: 'ready' }>), units: null } });
    expect(show(paragraphOf('3'), partial).querySelector('[data-wsis-section-renamed]')).toBeNull();
  });
});

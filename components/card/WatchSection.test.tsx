// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { withDb } from '@/utils/db/connection';
import { addWatch, listWatches, removeWatch, updateWatch } from '@/utils/db/watch-repository';
import type { RevisionText } from '@/utils/revisions/revision-text';
import type { CardData, CardParagraph } from './card-data';
import { CardStorageProvider, directCardStorage, type CardStorage } from './card-storage';
import { WatchSection } from './WatchSection';

const doc = { family: 'wsis20-outcome', variant: 'clean', symbol: null, date: null, title: null } as const;
const p = (label: string, text: string) => ({ label, text, part: 0, kind: 'operative' as const, heading: null });
const FORUM = 'Decide that the Internet Governance Forum shall continue with a renewed mandate and stable funding';
const SKILLS = 'Encourage all stakeholders to develop digital skills and literacy programmes for everyone';
const rev1: RevisionText = { hash: 'a', url: 'https://x/rev1.pdf', documentId: { ...doc, revision: 'rev1' }, paragraphs: [p('97', SKILLS), p('98', FORUM)] };
const rev2: RevisionText = {
  hash: 'b',
  url: 'https://x/rev2.pdf',
  documentId: { ...doc, revision: 'rev2' },
  paragraphs: [p('98', 'Welcome the new scientific panel on artificial intelligence and its dialogue'), p('99', SKILLS), p('100', FORUM.replace('renewed', 'permanent'))],
};

function data(text: RevisionText, language: CardData['document']['language'] = null): CardData {
  return {
    document: { url: text.url, documentId: text.documentId, documentName: 'WSIS+20 outcome document', revisionName: null, text, language },
    comparison: { state: 'none', reason: '' },
    revisions: [rev1, rev2],
    learnedUrls: {},
    viewerPage: 'chrome-extension://x/viewer.html',
  };
}
const para = (text: RevisionText, key: string): CardParagraph => ({ ...text.paragraphs.find((q) => q.label === key)!, key, page: 1 });

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

function show(text: RevisionText, key: string, language: CardData['document']['language'] = null): HTMLElement {
  const host = document.createElement('div');
  render(<WatchSection paragraph={para(text, key)} data={data(text, language)} />, host);
  return host;
}
const toggleOf = (host: HTMLElement) => host.querySelector<HTMLButtonElement>('[data-wsis-watch]')!;

describe('WatchSection', () => {
  it('watches a paragraph with its family, revision, key and text; the same paragraph renumbered in a later revision shows as watched', async () => {
    const host = show(rev1, '98');
    await until(() => toggleOf(host) && !toggleOf(host).disabled);
    expect(toggleOf(host).getAttribute('aria-pressed')).toBe('false');
    toggleOf(host).click();
    await until(() => toggleOf(host).getAttribute('aria-pressed') === 'true');
    expect(await withDb((db) => listWatches(db))).toMatchObject([{ family: 'wsis20-outcome', revision: 'rev1', label: '98', text: FORUM, note: '' }]);

    const later = show(rev2, '100');
    await until(() => toggleOf(later).getAttribute('aria-pressed') === 'true');
    const otherParagraph = show(rev2, '98');
    await until(() => !toggleOf(otherParagraph).disabled);
    expect(toggleOf(otherParagraph).getAttribute('aria-pressed')).toBe('false');

    // A note says "Saving…" from the first key until it is stored, then "Saved".
    const note = later.querySelector<HTMLTextAreaElement>('[data-wsis-watch-note]')!;
    const noteState = () => later.querySelector('[data-wsis-watch-note-state]')?.getAttribute('data-wsis-watch-note-state');
    expect(noteState()).toBe('idle');
    note.value = 'Ask the mission';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => noteState() === 'saving');
    expect(later.querySelector('[data-wsis-watch-note-state]')?.textContent).toBe('Saving…');
    note.dispatchEvent(new Event('blur'));
    await until(() => noteState() === 'saved');
    expect(later.querySelector('[data-wsis-watch-note-state]')?.textContent).toBe('Saved');
    expect((await withDb((db) => listWatches(db)))[0]?.note).toBe('Ask the mission');

    // Stop watching from the later revision: the watch is gone.
    toggleOf(later).click();
    await until(() => toggleOf(later).getAttribute('aria-pressed') === 'false');
    expect(await withDb((db) => listWatches(db))).toEqual([]);
  });

  it('in a translation, finds watches through the English text of its revision and remembers the English text', async () => {
    // The Spanish Rev.2: the same numbers, other words.
    const spanish: RevisionText = {
      hash: 'es',
      url: 'https://docs.un.org/es/rev2',
      documentId: rev2.documentId,
      paragraphs: [p('98', 'Acoge con beneplácito el nuevo grupo científico'), p('99', 'Alienta a todas las partes interesadas'), p('100', 'Decide que el Foro continuará con un mandato permanente')],
    };
    const english = show(rev1, '98');
    await until(() => toggleOf(english) && !toggleOf(english).disabled);
    toggleOf(english).click();
    await until(() => toggleOf(english).getAttribute('aria-pressed') === 'true');

    const followed = show(spanish, '100', 'es');
    await until(() => toggleOf(followed).getAttribute('aria-pressed') === 'true');
    toggleOf(followed).click();
    await until(() => toggleOf(followed).getAttribute('aria-pressed') === 'false');

    const made = show(spanish, '99', 'es');
    await until(() => !toggleOf(made).disabled);
    toggleOf(made).click();
    await until(() => toggleOf(made).getAttribute('aria-pressed') === 'true');
    expect(await withDb((db) => listWatches(db))).toMatchObject([{ revision: 'rev2', label: '99', text: SKILLS }]);
  });

  it('follows a watch added, changed or removed in another page while the card stays open, keeping a note being typed', async () => {
    // Another page's change arrives as a runtime message; here the test says when it arrived.
    const heard = new Set<() => void>();
    const storage: CardStorage = {
      ...directCardStorage,
      onWatchesChanged: (listener) => {
        heard.add(listener);
        return () => heard.delete(listener);
      },
    };
    const elsewhere = async (change: Parameters<typeof withDb>[0]) => {
      await withDb(change);
      for (const listener of heard) listener();
    };
    const host = document.createElement('div');
    render(
      <CardStorageProvider value={storage}>
        <WatchSection paragraph={para(rev2, '100')} data={data(rev2)} />
      </CardStorageProvider>,
      host,
    );
    await until(() => toggleOf(host) && !toggleOf(host).disabled);
    expect(toggleOf(host).getAttribute('aria-pressed')).toBe('false');

    // Watched in Rev.1 (as ¶98) from another page: this card, on Rev.2 ¶100, shows it watched.
    let id = '';
    await elsewhere(async (db) => (id = (await addWatch(db, { family: 'wsis20-outcome', revision: 'rev1', label: '98', text: FORUM, note: 'From the viewer' })).id));
    await until(() => toggleOf(host).getAttribute('aria-pressed') === 'true');
    const note = () => host.querySelector<HTMLTextAreaElement>('[data-wsis-watch-note]')!;
    expect(note().value).toBe('From the viewer');
    expect(host.textContent).toContain('Watched since ¶98 of Rev.1');

    // A note being typed here is not replaced by a change made elsewhere meanwhile.
    note().value = 'Typed here';
    note().dispatchEvent(new Event('input', { bubbles: true }));
    await elsewhere((db) => updateWatch(db, id, { note: 'Changed elsewhere' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(note().value).toBe('Typed here');
    note().dispatchEvent(new Event('blur'));
    await until(() => host.querySelector('[data-wsis-watch-note-state]')?.getAttribute('data-wsis-watch-note-state') === 'saved');

    // Stopped elsewhere: the toggle says so at once.
    await elsewhere((db) => removeWatch(db, id));
    await until(() => toggleOf(host).getAttribute('aria-pressed') === 'false');
    expect(host.querySelector('[data-wsis-watch-note]')).toBeNull();
    render(null, host);
    expect(heard.size).toBe(0);
  });
});

// The same UN document in another language, in real Chromium: docs.un.org/fr/A/80/L.41 opens in the
// viewer with the badges of its (shared) numbering; the card shows no diff against English texts but
// says where changes are compared, with a working link to the same paragraph in the English version;
// Watch works, across languages; the English version is read in the background and kept as L.41's
// text, the French one never.
// Fixtures: tests/fixtures/revision-set (l41-french.pdf, l41-resolution-layout.pdf; see its README).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPdf } from '../../scripts/lib/pdfjs-node.ts';
import { segmentPdf } from '../../utils/paragraphs/from-pdf-text.ts';
import { readAllPages } from '../../utils/pdf/read-pages.ts';
import { compareAddress } from '../../utils/viewer-url.ts';
import { ROOT } from './harness.ts';
import { launchViewerBrowser, openInViewer, waitForComparison, waitForIndex, type ViewerBrowser } from './viewer-support.ts';

const FRENCH = 'https://docs.un.org/fr/A/80/L.41';
const ENGLISH = 'https://docs.un.org/en/A/80/L.41';
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/revision-set', name));

async function labelsByNode(bytes: Uint8Array): Promise<string[]> {
  const doc = await openPdf(new Uint8Array(bytes));
  try {
    return segmentPdf(await readAllPages(doc)).paragraphs.map((paragraph) => paragraph.label);
  } finally {
    await doc.cleanup();
  }
}

/** Everything in one of the extension's IndexedDB stores (read from an extension page). */
function storeContents<T>(page: Page, store: 'revisions' | 'watches'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('wsis-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );
}

const storedRevisionUrls = async (page: Page) => (await storeContents<{ url: string }>(page, 'revisions')).map((revision) => revision.url);

/** The text of paragraph `label` in a PDF, as the node segmenter reads it. */
async function paragraphText(bytes: Uint8Array, label: string): Promise<string | undefined> {
  const doc = await openPdf(new Uint8Array(bytes));
  try {
    return segmentPdf(await readAllPages(doc)).paragraphs.find((paragraph) => paragraph.label === label && paragraph.part === 0)?.text;
  } finally {
    await doc.cleanup();
  }
}

describe('a UN document in another language', () => {
  let browser: ViewerBrowser;

  before(async () => {
    browser = await launchViewerBrowser();
    browser.serve(FRENCH, { body: fixture('l41-french.pdf') });
    browser.serve(ENGLISH, { body: fixture('l41-resolution-layout.pdf') });
  });

  after(async () => {
    await browser?.close();
  });

  it('the French L.41: badges as numbered, no diff but a note and a link to the English ¶3, Watch kept across languages, only English stored', async () => {
    const page = await openInViewer(browser, FRENCH);
    try {
      const labels = await page.locator('[data-wsis-para]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-wsis-para')));
      const expected = await labelsByNode(fixture('l41-french.pdf'));
      assert.deepEqual(labels, expected);
      assert.deepEqual(expected, ['PP1', 'PP2', 'PP3', 'PP4', 'PP5', 'PP6', 'PP7', '1', '2', '3', '4', '5', '6', '7']);
      // The English version is read in the background and kept as L.41's text; the French one is not.
      assert.match(await page.title(), /^A\/80\/L\.41 \(French\) · /);
      assert.equal(await waitForComparison(page), 'none');
      assert.equal(browser.hits(ENGLISH), 1, 'the English version was fetched once');
      assert.deepEqual(await storedRevisionUrls(page), [ENGLISH]);

      await page.locator('[data-wsis-para="3"]').click();
      const card = page.locator('[data-wsis-card]');
      await card.waitFor();
      assert.equal(await card.locator('[data-wsis-change], [data-wsis-diff], ins, del').count(), 0, 'no cross-language diff');
      assert.match(
        (await card.locator('[data-wsis-language-note]').textContent()) ?? '',
        /This is the French version\. Changes between revisions are compared in the English texts/,
      );
      const english = card.locator('[data-wsis-link="english"]');
      assert.equal(await english.textContent(), 'English version ¶3');

      const watch = card.locator('[data-wsis-watch]');
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-wsis-watch]')?.disabled);
      assert.equal(await watch.getAttribute('aria-pressed'), 'false');
      await watch.click();
      await page.waitForFunction(() => document.querySelector('[data-wsis-watch]')?.getAttribute('aria-pressed') === 'true');

      // The watch remembers the English text of ¶3, by which it is followed into later revisions.
      const [made] = await storeContents<{ revision: string; label: string; text: string }>(page, 'watches');
      assert.deepEqual({ revision: made?.revision, label: made?.label }, { revision: 'L.41', label: '3' });
      assert.equal(made?.text, await paragraphText(fixture('l41-resolution-layout.pdf'), '3'));

      // The link opens the English L.41 in the viewer at ¶3, where the watch made on the French ¶3 shows.
      await english.click();
      await page.waitForURL((url) => url.href.includes(encodeURIComponent(ENGLISH)) && url.hash === '#para=3');
      await waitForIndex(page);
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="3"]')?.classList.contains('is-active'));
      await waitForComparison(page);
      await page.locator('[data-wsis-para="3"]').click();
      await page.waitForFunction(() => document.querySelector('[data-wsis-card] [data-wsis-watch]')?.getAttribute('aria-pressed') === 'true');
      assert.equal(await page.locator('[data-wsis-card] [data-wsis-language-note]').count(), 0, 'the English card has no language note');
      assert.deepEqual(await storedRevisionUrls(page), [ENGLISH], 'still the English text alone');
    } finally {
      await page.close();
    }
  });

  it('the compare view does not diff the French text against the English one', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(compareAddress(browser.viewerPage(), FRENCH, ENGLISH));
      const note = page.locator('[data-wsis-language-note]');
      await note.waitFor({ timeout: 60_000 });
      assert.match((await note.textContent()) ?? '', /is in French and .* in English: revisions are compared in one language/);
      assert.equal(await page.locator('[data-wsis-change-unit], [data-wsis-filter]').count(), 0);
    } finally {
      await page.close();
    }
  });
});

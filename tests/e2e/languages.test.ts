// The same UN document in another language, in real Chromium: docs.un.org/fr/A/80/L.41 opens in the
// viewer with the badges of its (shared) numbering; the card shows no diff against English texts but
// says where changes are compared, with a working link to the same paragraph in the English version;
// Watch works, across languages; the French text is not stored as L.41's text.
// Fixtures: tests/fixtures/revision-set (l41-french.pdf, l41-resolution-layout.pdf; see its README).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPdf } from '../../scripts/lib/pdfjs-node.ts';
import { segmentPdf } from '../../utils/paragraphs/from-pdf-text.ts';
import { readAllPages } from '../../utils/pdf/read-pages.ts';
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

/** The addresses of the revisions the extension has stored (its IndexedDB, read from an extension page). */
function storedRevisionUrls(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('wsis-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('revisions').objectStore('revisions').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { url: string }[]).map((revision) => revision.url));
          };
        };
      }),
  );
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

  it('the French L.41: badges as numbered, no diff but a note and a link to the English ¶3, Watch kept across languages, nothing stored as L.41', async () => {
    const page = await openInViewer(browser, FRENCH);
    try {
      const labels = await page.locator('[data-wsis-para]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-wsis-para')));
      const expected = await labelsByNode(fixture('l41-french.pdf'));
      assert.deepEqual(labels, expected);
      assert.deepEqual(expected, ['PP1', 'PP2', 'PP3', 'PP4', 'PP5', 'PP6', 'PP7', '1', '2', '3', '4', '5', '6', '7']);
      assert.equal(await waitForComparison(page), 'none');

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

      assert.deepEqual(await storedRevisionUrls(page), [], 'the French text is not kept as the text of L.41');

      // The link opens the English L.41 in the viewer at ¶3, where the watch made on the French ¶3 shows.
      await english.click();
      await page.waitForURL((url) => url.href.includes(encodeURIComponent(ENGLISH)) && url.hash === '#para=3');
      await waitForIndex(page);
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="3"]')?.classList.contains('is-active'));
      await waitForComparison(page);
      await page.locator('[data-wsis-para="3"]').click();
      await page.waitForFunction(() => document.querySelector('[data-wsis-card] [data-wsis-watch]')?.getAttribute('aria-pressed') === 'true');
      assert.equal(await page.locator('[data-wsis-card] [data-wsis-language-note]').count(), 0, 'the English card has no language note');
      assert.deepEqual(await storedRevisionUrls(page), [ENGLISH], 'the English text is kept');
    } finally {
      await page.close();
    }
  });
});

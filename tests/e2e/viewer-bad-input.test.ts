// The viewer on bad input: every case says in plain words what happened, offers "Open original",
// and never leaves a blank page. A long PDF stays responsive while it is indexed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPdf } from '../../scripts/lib/pdfjs-node.ts';
import { makeLongDraftPdf } from '../../scripts/fixtures/make-bad-pdfs.mts';
import { segmentPdf } from '../../utils/paragraphs/from-pdf-text.ts';
import { readAllPages } from '../../utils/pdf/read-pages.ts';
import { ROOT } from './harness.ts';
import { badgeCount, launchViewerBrowser, waitForIndex, type Served, type ViewerBrowser } from './viewer-support.ts';

const DESA_FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const bad = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/bad', name));

interface Case {
  name: string;
  /** A WSIS-looking DESA address, so the redirect rule sends it to the viewer. */
  url: string;
  served: Served;
  problem: string;
  words: RegExp;
}

const CASES: Case[] = [
  { name: 'zero-byte file', url: `${DESA_FILES}/Rev2/WSIS%2B20_Empty.pdf`, served: { body: bad('empty.pdf') }, problem: 'empty', words: /empty \(0 bytes\)/ },
  {
    name: 'HTML served at a .pdf address',
    url: `${DESA_FILES}/Rev2/WSIS%2B20_Login.pdf`,
    served: { body: bad('html-at-pdf-address.pdf'), contentType: 'text/html' },
    problem: 'html',
    words: /web page \(HTML\), not a PDF/,
  },
  { name: 'corrupt PDF', url: `${DESA_FILES}/Rev2/WSIS%2B20_Corrupt.pdf`, served: { body: bad('corrupt.pdf') }, problem: 'corrupt', words: /damaged/ },
  { name: 'truncated PDF', url: `${DESA_FILES}/Rev2/WSIS%2B20_Truncated.pdf`, served: { body: bad('truncated.pdf') }, problem: 'truncated', words: /incomplete/ },
  { name: 'password-protected PDF', url: `${DESA_FILES}/Rev2/WSIS%2B20_Locked.pdf`, served: { body: bad('encrypted.pdf') }, problem: 'encrypted', words: /password/ },
  { name: 'HTTP 404', url: `${DESA_FILES}/Rev2/WSIS%2B20_Gone.pdf`, served: { body: 'gone', status: 404, contentType: 'text/html' }, problem: 'not-found', words: /not found.*404/ },
  {
    name: 'HTTP 500',
    url: `${DESA_FILES}/Rev2/WSIS%2B20_Broken.pdf`,
    served: { body: 'oops', status: 500, contentType: 'text/html' },
    problem: 'http-error',
    words: /did not send the PDF \(it answered 500\)/,
  },
];

/** `errors` collects the page's uncaught errors (a failure handled in words leaves none behind). */
async function openViewer(browser: ViewerBrowser, url: string, errors: string[] = []): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForURL((current) => current.href.startsWith(browser.viewerPage()), { timeout: 10_000 });
  return page;
}

describe('PDF viewer on bad input', () => {
  let browser: ViewerBrowser;

  before(async () => {
    browser = await launchViewerBrowser();
    for (const testCase of CASES) browser.serve(testCase.url, testCase.served);
  });

  after(async () => {
    await browser?.close();
  });

  for (const testCase of CASES) {
    it(`${testCase.name}: says what happened, and "Open original" works`, async () => {
      const errors: string[] = [];
      const page = await openViewer(browser, testCase.url, errors);
      try {
        const alert = page.locator(`[role="alert"][data-wsis-problem="${testCase.problem}"]`);
        await alert.waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300); // a rejection nobody handles is reported a moment after
        assert.deepEqual(errors, [], 'nothing left unhandled in the page');
        assert.match((await alert.textContent()) ?? '', testCase.words);
        assert.equal(await alert.isVisible(), true, 'the message is on screen, not a blank page');
        assert.equal(await page.locator('.wsis-progress:not(.wsis-progress--idle)').count(), 0, 'no progress bar left spinning');
        await page.screenshot({ path: path.join(ROOT, `test-results/viewer-bad-${testCase.problem}.png`) });

        const hitsBefore = browser.hits(testCase.url);
        await alert.getByRole('button', { name: 'Open original' }).click();
        await page.waitForURL((url) => url.href.startsWith(testCase.url), { timeout: 10_000, waitUntil: 'commit' });
        await page.waitForTimeout(500);
        assert.ok(page.url().startsWith(testCase.url), `ended at ${page.url()}`);
        assert.ok(browser.hits(testCase.url) > hitsBefore, 'the browser asked for the original itself');
      } finally {
        await page.close();
      }
    });
  }

  it('a UN PDF that is not a WSIS draft still renders, with a note that no numbered paragraphs were found', async () => {
    const url = `${DESA_FILES}/WSIS%2B20_HLM_Programme.pdf`;
    browser.serve(url, { body: bad('not-wsis.pdf') });
    const page = await openViewer(browser, url);
    try {
      await waitForIndex(page);
      assert.equal(await page.locator('[role="alert"]').count(), 0);
      assert.equal(await page.locator('.page canvas').count() > 0, true, 'the page is drawn');
      const notes = (await page.locator('.wsis-notes').textContent()) ?? '';
      assert.match(notes, /No numbered paragraphs were found in this PDF\./);
      assert.equal(await badgeCount(page), 0);
      assert.match(await page.title(), /Programme of the High-level Meeting/);
    } finally {
      await page.close();
    }
  });

  it('a viewer address without a UN PDF explains itself', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${browser.viewerPage()}?file=https://example.com/x.pdf`);
      await page.locator('[role="alert"]').waitFor();
      assert.match((await page.locator('[role="alert"]').textContent()) ?? '', /only opens PDFs from the UN sites/);
      await page.goto(browser.viewerPage());
      await page.locator('[role="alert"]').waitFor();
      assert.match((await page.locator('[role="alert"]').textContent()) ?? '', /No PDF address/);
    } finally {
      await page.close();
    }
  });

  it('a 500-page PDF stays responsive: badges appear page by page while indexing goes on', async () => {
    const bytes = await makeLongDraftPdf(500);
    const doc = await openPdf(bytes.slice());
    const expected = segmentPdf(await readAllPages(doc)).paragraphs.length;
    await doc.cleanup();
    const url = `${DESA_FILES}/Rev9/WSIS%2B20_Rev9_LongDraft.pdf`;
    browser.serve(url, { body: bytes });

    const page = await openViewer(browser, url);
    try {
      const started = Date.now();
      await page.locator('[data-wsis-para]').first().waitFor({ timeout: 20_000 });
      const firstBadge = Date.now() - started;
      const stillIndexing = await page.locator('.wsis-progress[data-phase="index"]').count();
      // The page answers while indexing continues: a round trip and a jump to a page.
      const roundTrip = Date.now();
      await page.evaluate(() => document.title);
      const roundTripMs = Date.now() - roundTrip;
      await page.locator('.wsis-pages__input').fill('250');
      await page.locator('.wsis-pages__input').press('Enter');
      await page.waitForFunction(() => (document.querySelector('.wsis-pages__input') as HTMLInputElement | null)?.value === '250');
      await waitForIndex(page, 120_000);
      const total = Date.now() - started;
      console.log(`500 pages: first badge ${firstBadge} ms, full index ${total} ms, round trip while indexing ${roundTripMs} ms`);
      assert.equal(stillIndexing, 1, 'the first badges came before the whole index');
      assert.ok(roundTripMs < 1000, `the page took ${roundTripMs} ms to answer while indexing`);
      assert.equal(await badgeCount(page), expected);
      // Lazy rendering: only pages near the view are drawn.
      assert.ok((await page.locator('.page canvas').count()) < 30);
    } finally {
      await page.close();
    }
  });
});

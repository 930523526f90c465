// The page indicator in real Chromium, on UN pages served at their real addresses.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  ROOT,
  countIndicatorHosts,
  launchWithExtension,
  readBuiltManifest,
  runContentScriptAgain,
  serveUnPages,
  waitForContentScript,
  type ExtensionBrowser,
} from './harness.ts';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures/pages', name);

const DESA = 'https://publicadministration.desa.un.org';
const WSIS_MAIN = `${DESA}/wsis20`;
const WSIS_OTHER = `${DESA}/wsis20/writteninputs`;
/** An address that names no revision: the page's title and heading must. */
const REV2_TEXT = `${DESA}/wsis20/outcome-document-text`;
const NON_WSIS = `${DESA}/en/public-service-awards`;
const CSP_PAGE = `${DESA}/wsis20/GA%20High-Level-Meeting`;
const HOSTILE = `${DESA}/wsis20/1stPreparatoryMeetingStocktakingSession`;
const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'";

const indicator = (page: Page) => page.locator('[data-wsis-indicator]');

describe('page indicator', () => {
  let browser: ExtensionBrowser;

  before(async () => {
    browser = await launchWithExtension();
    const mainPage = fixture('wsis20-main.html');
    await serveUnPages(browser.context, {
      [WSIS_MAIN]: mainPage,
      [WSIS_OTHER]: mainPage,
      [NON_WSIS]: fixture('desa-non-wsis.html'),
      [CSP_PAGE]: { file: mainPage, headers: { 'Content-Security-Policy': STRICT_CSP } },
      [HOSTILE]: 'tests/e2e/fixtures/hostile-css.html',
      [REV2_TEXT]: fixture('wsis20-rev2-text.html'),
    });
  });

  after(async () => {
    await browser?.close();
  });

  it('the built manifest runs the content script on the UN hosts only, at document_idle', () => {
    const manifest = readBuiltManifest();
    assert.equal(manifest.content_scripts?.length, 1);
    const [script] = manifest.content_scripts ?? [];
    assert.deepEqual([...(script?.matches ?? [])].sort(), [...(manifest.host_permissions ?? [])].sort());
    assert.equal(script?.run_at, 'document_idle');
  });

  it('appears on the WSIS+20 page and names what it detected', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(WSIS_MAIN);
      const pill = indicator(page);
      await pill.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match((await pill.textContent()) ?? '', /^WSIS Lens · WSIS\+20 review page$/);
      assert.equal(await pill.getAttribute('role'), 'status');
      assert.match((await pill.getAttribute('aria-label')) ?? '', /WSIS\+20 review page/);
      // One host, with an open shadow root holding the pill (the light DOM has no pill).
      assert.equal(await countIndicatorHosts(page), 1);
      assert.equal(await page.evaluate(() => document.querySelector('wsis-lens-root')?.shadowRoot?.mode), 'open');
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-wsis-indicator]').length), 0);
    } finally {
      await page.close();
    }
  });

  it('names the revision a draft text page is', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(REV2_TEXT);
      const pill = indicator(page);
      await pill.waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await pill.textContent(), 'WSIS Lens · WSIS+20 Rev.2 page');
    } finally {
      await page.close();
    }
  });

  it('is a small fixed pill in a corner that moves nothing on the page', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(WSIS_MAIN);
      const pill = indicator(page);
      await pill.waitFor({ state: 'visible', timeout: 10_000 });
      const box = await pill.boundingBox();
      assert.ok(box, 'the pill has a box');
      assert.ok(box.height <= 32 && box.width <= 420, `small: ${box.width}×${box.height}`);
      assert.ok(box.x + box.width >= 1280 - 24 && box.y + box.height >= 800 - 24, `bottom-right corner: ${box.x},${box.y}`);
      assert.equal(await pill.evaluate((el) => getComputedStyle(el).position), 'fixed');
      const layout = () =>
        page.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          width: document.documentElement.scrollWidth,
          h1: JSON.stringify(document.querySelector('h1')?.getBoundingClientRect()),
          body: JSON.stringify(document.body.getBoundingClientRect()),
        }));
      const withIndicator = await layout();
      await page.evaluate(() => document.querySelector('wsis-lens-root')?.remove());
      assert.deepEqual(withIndicator, await layout());
    } finally {
      await page.close();
    }
  });

  it("keeps the site's CSS out", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(HOSTILE);
      const pill = indicator(page);
      await pill.waitFor({ state: 'visible', timeout: 10_000 });
      const style = await pill.evaluate((el) => {
        const s = getComputedStyle(el);
        return { fontSize: s.fontSize, color: s.color, position: s.position, margin: s.marginTop, border: s.borderTopWidth };
      });
      assert.deepEqual(style, { fontSize: '12px', color: 'rgb(255, 255, 255)', position: 'fixed', margin: '0px', border: '0px' });
    } finally {
      await page.close();
    }
  });

  it('injects nothing on a DESA page that is not about WSIS', async () => {
    const page = await browser.context.newPage();
    try {
      // Count every change to the document from DOMContentLoaded on; the fixture's script changes none.
      await page.addInitScript(() => {
        const w = window as unknown as { __mutations: number };
        w.__mutations = 0;
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver((records) => (w.__mutations += records.length)).observe(document, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
        });
      });
      await page.goto(NON_WSIS);
      // Proof the content script ran here and finished its synchronous start ...
      await waitForContentScript(page);
      // ... and longer than mounting takes on a WSIS page (a few ms), in case of async work.
      await page.waitForTimeout(1_000);
      assert.equal(await countIndicatorHosts(page), 0);
      assert.equal(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations), 0);
      assert.equal(await page.locator('style[wxt-shadow-root-document-styles]').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('shows, styled, under a strict Content-Security-Policy', async () => {
    const page = await browser.context.newPage();
    try {
      const response = await page.goto(CSP_PAGE);
      assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
      const pill = indicator(page);
      await pill.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match((await pill.textContent()) ?? '', /^WSIS Lens · /);
      const style = await pill.evaluate((el) => {
        const s = getComputedStyle(el);
        return { position: s.position, background: s.backgroundColor };
      });
      assert.deepEqual(style, { position: 'fixed', background: 'rgb(0, 104, 157)' });
    } finally {
      await page.close();
    }
  });

  it('is never injected twice when the content script runs again in the page (an update)', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(WSIS_MAIN);
      await indicator(page).waitFor({ state: 'visible', timeout: 10_000 });
      await page.evaluate(() => document.querySelector('wsis-lens-root')?.setAttribute('data-test-first', ''));
      await runContentScriptAgain(page);
      await runContentScriptAgain(page);
      await page.waitForTimeout(300);
      assert.equal(await countIndicatorHosts(page), 1);
      // The newest copy shows it; the copies it replaced (invalidated) took theirs away.
      assert.equal(await page.locator('wsis-lens-root[data-test-first]').count(), 0);
      assert.equal(await indicator(page).count(), 1);
      await indicator(page).waitFor({ state: 'visible', timeout: 1_000 });
    } finally {
      await page.close();
    }
  });

  it('is never injected twice: new content, history navigation, back and forward', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(WSIS_MAIN);
      await indicator(page).waitFor({ state: 'visible', timeout: 10_000 });
      await page.evaluate(() => {
        const h1 = document.createElement('h1');
        h1.textContent = 'WSIS+20 outcome document, Rev2';
        document.body.append(h1);
        history.pushState({}, '', '/wsis20/rev2consultation');
        location.hash = '#para-98';
      });
      await page.waitForTimeout(500);
      assert.equal(await countIndicatorHosts(page), 1);

      await page.goto(WSIS_OTHER);
      await indicator(page).waitFor({ state: 'visible', timeout: 10_000 });
      await page.goBack();
      await page.goBack();
      await indicator(page).waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForTimeout(500);
      assert.equal(await countIndicatorHosts(page), 1);
      await page.goForward();
      await page.goForward();
      await indicator(page).waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForTimeout(500);
      assert.equal(await countIndicatorHosts(page), 1);
    } finally {
      await page.close();
    }
  });
});

// Paragraph references on a WSIS page become links into the viewer: "paragraph 98" opens ¶98 of the
// revision the page addresses (Rev.2), "Rev1 para 96" ¶96 of Rev.1 (its address learned from the DESA
// page), and a paragraph of another document ("paragraph 2 of resolution 70/125") stays plain text.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ROOT, launchWithExtension, serveUnPages, type ExtensionBrowser } from './harness.ts';

const DESA = 'https://publicadministration.desa.un.org';
const FILES = `${DESA}/sites/default/files/2021-04/2025`;
const MAIN = `${DESA}/wsis20`;
const CONSULTATION = `${DESA}/wsis20/rev2consultation`;
const REV1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const REV2 = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
const fixture = (name: string) => path.join(ROOT, 'tests/fixtures/pages', name);

/** The reference links the overlay drew, once placed: written text → [file, fragment]. */
async function referenceLinks(page: Page, count: number): Promise<Map<string, [string | null, string]>> {
  await page.waitForFunction(
    (n) => {
      const links = [...(document.querySelector('wsis-lens-root')?.shadowRoot?.querySelectorAll<HTMLElement>('a[data-wsis-reference]') ?? [])];
      return links.length === n && links.every((link) => link.style.visibility !== 'hidden');
    },
    count,
    { timeout: 10_000 },
  );
  const pairs = await page.locator('a[data-wsis-reference]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('data-wsis-reference') ?? '', link.getAttribute('href') ?? ''] as const),
  );
  return new Map(pairs.map(([text, href]) => {
    const url = new URL(href);
    return [text, [url.searchParams.get('file'), url.hash]];
  }));
}

describe('paragraph references on WSIS pages', () => {
  let browser: ExtensionBrowser;

  before(async () => {
    browser = await launchWithExtension();
    await serveUnPages(browser.context, { [MAIN]: fixture('wsis20-main.html'), [CONSULTATION]: fixture('wsis20-rev2-consultation.html') });
  });

  after(async () => {
    await browser?.close();
  });

  it('become links to the paragraph in the revision they address; other documents\' paragraphs stay text', async () => {
    // The DESA page links Rev.1's file: WSIS Lens learns where Rev.1 lives there.
    const main = await browser.context.newPage();
    await main.goto(MAIN);
    await main.locator('[data-wsis-doc-chip]').first().waitFor({ state: 'attached' });
    await main.close();

    const page = await browser.context.newPage();
    try {
      await page.goto(CONSULTATION);
      const links = await referenceLinks(page, 5);
      assert.deepEqual(links.get('paragraph 98'), [REV2, '#para=98']);
      assert.deepEqual(links.get('paras 101–102'), [REV2, '#para=101']);
      assert.deepEqual(links.get('para 96'), [REV1, '#para=96'], '"Rev1 para 96" names its revision');
      assert.deepEqual(links.get('PP3'), [REV2, '#para=PP3']);
      assert.deepEqual(links.get('OP 12'), [REV2, '#para=12']);
      assert.equal(links.has('paragraph 2'), false);

      // Drawn over the words themselves, and a click opens the viewer at the paragraph.
      const overlap = await page.evaluate(() => {
        const link = document.querySelector('wsis-lens-root')!.shadowRoot!.querySelector('a[data-wsis-reference="paragraph 98"]')!.getBoundingClientRect();
        const text = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('paragraph 98'))!.firstChild!;
        const range = document.createRange();
        const at = text.textContent!.indexOf('paragraph 98');
        range.setStart(text, at);
        range.setEnd(text, at + 'paragraph 98'.length);
        const words = range.getBoundingClientRect();
        return Math.abs(link.left - words.left) + Math.abs(link.top - words.top) + Math.abs(link.width - words.width);
      });
      assert.ok(overlap < 2, `the link sits on its words (off by ${overlap}px)`);
      const [viewer] = await Promise.all([browser.context.waitForEvent('page'), page.locator('a[data-wsis-reference="paragraph 98"]').click()]);
      await viewer.waitForURL((url) => url.protocol === 'chrome-extension:' && url.hash === '#para=98');
      await viewer.close();
    } finally {
      await page.close();
    }
  });
});

// Stakeholder positions in real Chromium: the bundled TCCM positions on Rev.2's IGF paragraphs with
// their sources, a position the reader adds on Rev.1 shown on the aligned Rev.2 paragraph, export and
// import into a fresh profile, a malformed pack refused, hostile text inert.
// Fixtures: tests/fixtures/revision-set (see its README).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BUNDLED_POSITIONS } from '../../utils/positions/bundled-positions.ts';
import { ROOT } from './harness.ts';
import { viewerUrlFor } from '../../utils/viewer-url.ts';
import { launchViewerBrowser, openInViewer, waitForComparison, waitForIndex, type ViewerBrowser } from './viewer-support.ts';

const FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const REV1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const REV2 = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
const INPUT = `${FILES}/Inputs%20to%20Rev2/Testland_inputs%20to%20Rev2.pdf`;
const REV2_PAGE = 'https://publicadministration.desa.un.org/wsis20/outcome-document-text';
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/revision-set', name));
const inputFixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/stakeholder-input', name));
const EXPECTED_REFERENCES = (JSON.parse(inputFixture('references.json').toString('utf8')) as { references: { text: string; revision: string; para: string }[] }).references;

/** Bundled TCCM positions that cite a Rev.2 paragraph directly. */
const tccmOn = (label: string) =>
  BUNDLED_POSITIONS.filter((p) => p.stakeholder.startsWith('TCCM') && p.revision === 'rev2' && p.paragraphs.includes(label));

function serveRevisions(browser: ViewerBrowser): void {
  browser.serve(REV1, { body: fixture('rev1.pdf') });
  browser.serve(REV2, { body: fixture('rev2-clean.pdf') });
  browser.serve(INPUT, { body: inputFixture('testland-inputs-rev2.pdf') });
  browser.serve(REV2_PAGE, { body: readFileSync(path.join(ROOT, 'tests/fixtures/pages/wsis20-rev2-text.html')), contentType: 'text/html; charset=utf-8' });
}

/** Opens a paragraph's card and waits for its positions section to have read the store. */
async function openCard(page: Page, label: string) {
  await page.locator(`[data-wsis-para="${label}"]`).click();
  const section = page.locator('[data-wsis-card] [data-wsis-section="positions"]');
  await section.waitFor();
  return section;
}

async function openOptions(browser: ViewerBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // The heading counts the reader's positions once they are read (before, it has no count).
  await page.locator('#own-heading', { hasText: /\(\d+\)$/ }).waitFor();
  return page;
}

async function exportOwn(options: Page): Promise<{ name: string; positions: Record<string, unknown>[] }> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-wsis-export]').click()]);
  const file = await download.path();
  return JSON.parse(readFileSync(file, 'utf8')) as { name: string; positions: Record<string, unknown>[] };
}

async function importPack(options: Page, name: string, text: string): Promise<void> {
  await options.locator('[data-wsis-import]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  // This file's outcome: the last import's message gave way to "Importing …" as the file was chosen.
  await options.locator('[data-wsis-message="import"]:not([data-wsis-message-kind="busy"])').waitFor();
}

const MINE = { stakeholder: 'Delegation of Testland', summary: 'Keep the Forum permanent, with a DESA secretariat', quote: 'shall be made permanent', source: 'https://testland.example/igf' };

describe('positions', () => {
  let browser: ViewerBrowser;
  let fresh: ViewerBrowser | null = null;
  let exported: { name: string; positions: Record<string, unknown>[] };

  before(async () => {
    browser = await launchViewerBrowser();
    serveRevisions(browser);
  });

  after(async () => {
    await browser?.close();
    await fresh?.close();
  });

  it('Rev.2 ¶98 and ¶101 show the TCCM positions with their sources, and their badges carry the mark', async () => {
    const page = await openInViewer(browser, REV2);
    try {
      for (const label of ['98', '101']) {
        const expected = tccmOn(label);
        assert.ok(expected.length > 0, `the dataset has TCCM positions on Rev.2 ¶${label}`);
        const badge = page.locator(`[data-wsis-para="${label}"]`);
        await page.waitForFunction((l) => document.querySelector(`[data-wsis-para="${l}"]`)?.classList.contains('wsis-badge--positions'), label);
        assert.match((await badge.getAttribute('aria-label')) ?? '', /has positions$/);
        const section = await openCard(page, label);
        assert.match((await section.locator('h3').textContent()) ?? '', /^Positions \(\d+\)$/);
        for (const position of expected) {
          const item = section.locator(`[data-wsis-position="${position.id}"]`);
          await item.waitFor();
          assert.equal(await item.locator('[data-wsis-stakeholder]').textContent(), position.stakeholder);
          const source = item.locator('a[data-wsis-source]');
          assert.equal(await source.getAttribute('href'), new URL(position.sourceUrl).href);
          assert.equal(await source.getAttribute('target'), '_blank');
          assert.equal(await source.getAttribute('rel'), 'noopener noreferrer');
          if (position.evidence === 'inferred') assert.equal(await item.locator('[data-wsis-inferred]').count(), 1, 'inferred is shown');
        }
        const dates = await section.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
        assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      }
      const marked = await page.locator('.wsis-badge--positions').count();
      assert.ok(marked < (await page.locator('[data-wsis-para]').count()), 'only paragraphs with positions are marked');
    } finally {
      await page.close();
    }
  });

  it('on the Rev.2 text page, the badges of ¶98 and ¶101 carry the positions mark, others not, and the card lists the positions', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(REV2_PAGE);
      for (const label of ['98', '101']) {
        const badge = page.locator(`${'wsis-lens-root'} [data-wsis-para="${label}"]`);
        await badge.and(page.locator('.has-positions')).waitFor({ timeout: 15_000 });
        assert.match((await badge.getAttribute('aria-label')) ?? '', /^Paragraph \d+, has positions$/);
      }
      const all = await page.locator('wsis-lens-root [data-wsis-para]').count();
      const marked = await page.locator('wsis-lens-root [data-wsis-para].has-positions').count();
      assert.ok(marked >= 2 && marked < all, `${marked} of ${all} badges marked`);
      // The page's card (card.html in a frame) lists the same positions, sources opening in a new tab.
      await page.locator('wsis-lens-root [data-wsis-para="98"]').click();
      const section = page.frameLocator('wsis-lens-root iframe.card-frame').locator('[data-wsis-section="positions"]');
      for (const position of tccmOn('98')) {
        const source = section.locator(`[data-wsis-position="${position.id}"] a[data-wsis-source]`);
        await source.waitFor({ timeout: 15_000 });
        assert.equal(await source.getAttribute('href'), new URL(position.sourceUrl).href);
        assert.equal(await source.getAttribute('target'), '_blank');
      }
    } finally {
      await page.close();
    }
  });

  it('a position the reader adds on Rev.1 ¶96 shows on the aligned Rev.2 ¶98', async () => {
    const rev1 = await openInViewer(browser, REV1);
    try {
      await waitForComparison(rev1);
      const section = await openCard(rev1, '96');
      await section.locator('[data-wsis-add-position]').click();
      const form = section.locator('[data-wsis-position-form]');
      await form.locator('[name="stakeholder"]').fill(MINE.stakeholder);
      await form.locator('[name="stance"]').selectOption('proposes-amendment');
      await form.locator('[name="summary"]').fill(MINE.summary);
      await form.locator('[name="quote"]').fill(MINE.quote);
      await form.locator('[name="sourceUrl"]').fill('javascript:alert(1)');
      await form.locator('[data-wsis-save-position]').click();
      assert.match((await form.locator('[data-wsis-form-errors]').textContent()) ?? '', /source URL: must be an http\(s\) URL/);
      await form.locator('[name="sourceUrl"]').fill(MINE.source);
      await form.locator('[data-wsis-save-position]').click();
      await section.locator('[data-wsis-origin="own"]').waitFor();
    } finally {
      await rev1.close();
    }

    const rev2 = await openInViewer(browser, REV2);
    try {
      const section = await openCard(rev2, '98');
      const mine = section.locator('[data-wsis-origin="own"]');
      await mine.waitFor();
      assert.equal(await mine.locator('[data-wsis-via]').textContent(), 'said about Rev.1 ¶96');
      assert.equal(await mine.locator('[data-wsis-summary]').textContent(), MINE.summary);
      assert.equal(await mine.locator('[data-wsis-stance]').textContent(), 'Proposes amendment');
      assert.equal(await mine.locator('a[data-wsis-source]').getAttribute('href'), MINE.source);
    } finally {
      await rev2.close();
    }
  });

  it('in a stakeholder input to Rev.2, paragraph references are links that open the right paragraph', async () => {
    // Rev.1 was read in the test before: its address is known, so "Rev1 para 96" links there.
    // The input's DESA address itself is redirected to the viewer, as a draft's is.
    const page = await openInViewer(browser, INPUT);
    try {
      assert.match(await page.title(), /^Input to Rev\.2 · /);
      assert.equal(await waitForComparison(page), 'none', 'an input is not compared as if it were Rev.2');
      const panel = page.locator('[data-wsis-references]');
      await panel.waitFor();
      assert.equal(await panel.locator('a[data-wsis-reference]').count(), EXPECTED_REFERENCES.length, 'one link per reference, none for other documents');
      for (const expected of EXPECTED_REFERENCES) {
        const link = panel.locator(`a[data-wsis-reference="${expected.text}"]`);
        assert.equal(await link.getAttribute('data-wsis-reference-revision'), expected.revision, expected.text);
        const href = new URL((await link.getAttribute('href')) ?? '');
        assert.equal(href.searchParams.get('file'), expected.revision === 'rev1' ? REV1 : REV2, expected.text);
        assert.equal(href.hash, `#para=${expected.para}`, expected.text);
      }
      await panel.locator('a[data-wsis-reference="paragraph 98"]').click();
      await page.waitForURL((url) => url.href.includes(encodeURIComponent(REV2)) && url.hash === '#para=98');
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="98"]')?.classList.contains('is-active'), undefined, { timeout: 60_000 });
    } finally {
      await page.close();
    }
  });

  it('an export imported into a fresh profile restores every position', async () => {
    const options = await openOptions(browser);
    try {
      exported = await exportOwn(options);
    } finally {
      await options.close();
    }
    assert.equal(exported.positions.length, 1);
    assert.equal(exported.positions[0]?.summary, MINE.summary);

    fresh = await launchViewerBrowser();
    serveRevisions(fresh);
    const freshOptions = await openOptions(fresh);
    try {
      assert.equal(await freshOptions.locator('#own-heading').textContent(), 'Your positions (0)');
      await importPack(freshOptions, 'mine.json', JSON.stringify(exported));
      assert.equal(await freshOptions.locator('[data-wsis-message="import"]').getAttribute('data-wsis-message-kind'), 'ok');
      assert.deepEqual(await exportOwn(freshOptions), exported);
    } finally {
      await freshOptions.close();
    }
    const rev1 = await openInViewer(fresh, REV1);
    try {
      const section = await openCard(rev1, '96');
      const mine = section.locator('[data-wsis-origin="own"]');
      await mine.waitFor();
      assert.equal(await mine.locator('[data-wsis-quote]').textContent(), MINE.quote);
    } finally {
      await rev1.close();
    }
  });

  it('a malformed pack is refused with a message saying what is wrong, and nothing changes', async () => {
    assert.ok(fresh, 'runs after the import');
    const options = await openOptions(fresh);
    try {
      const good = { ...exported.positions[0], id: 'another' };
      const bad = { ...exported.positions[0], id: 'broken', date: 'next week', stance: 'maybe' };
      await importPack(options, 'broken.json', JSON.stringify({ ...exported, positions: [good, bad] }));
      const message = options.locator('[data-wsis-message="import"]');
      assert.equal(await message.getAttribute('role'), 'alert');
      const text = (await message.textContent()) ?? '';
      assert.match(text, /Nothing was imported: broken\.json is not a valid positions pack\./);
      assert.match(text, /positions\[1\]\.stance: must be one of supports, opposes/);
      assert.match(text, /positions\[1\]\.date: must be an ISO date/);
      assert.equal(await options.locator('#own-heading').textContent(), 'Your positions (1)');
      assert.deepEqual(await exportOwn(options), exported);
    } finally {
      await options.close();
    }
  });

  it('positions holding <script>, <img onerror> or a javascript: URL render as inert text, with no link', async () => {
    assert.ok(fresh, 'runs after the import');
    const hostile = {
      ...exported.positions[0],
      id: 'hostile-text',
      revision: 'rev2',
      paragraphs: ['98'],
      stakeholder: '<script>window.__wsisPwned = 1</script>',
      summary: '<img src=x onerror="window.__wsisPwned = 2">',
      quote: 'javascript:window.__wsisPwned = 3',
    };
    const options = await openOptions(fresh);
    try {
      // The pack check refuses a javascript: source outright…
      await importPack(options, 'js.json', JSON.stringify({ ...exported, positions: [{ ...hostile, sourceUrl: 'javascript:window.__wsisPwned=4' }] }));
      assert.match((await options.locator('[data-wsis-message="import"]').textContent()) ?? '', /sourceUrl: must be an http\(s\) URL/);
      await importPack(options, 'hostile.json', JSON.stringify({ ...exported, positions: [hostile] }));
      assert.equal(await options.locator('[data-wsis-message="import"]').getAttribute('data-wsis-message-kind'), 'ok');
    } finally {
      await options.close();
    }
    const page = await openInViewer(fresh, REV2);
    try {
      // …and one stored some other way (an older version, a bug) is still never linked.
      await page.evaluate(async (position) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('wsis-lens');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('positions', 'readwrite');
          tx.objectStore('positions').put(position);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }, { ...hostile, id: 'hostile-url', origin: 'own', sourceUrl: 'javascript:window.__wsisPwned=5' });
      const section = await openCard(page, '98');
      await section.locator('[data-wsis-position="hostile-url"]').waitFor();
      for (const id of ['hostile-text', 'hostile-url']) {
        const item = section.locator(`[data-wsis-position="${id}"]`);
        assert.equal(await item.locator('[data-wsis-stakeholder]').textContent(), hostile.stakeholder);
        assert.equal(await item.locator('[data-wsis-summary]').textContent(), hostile.summary);
        assert.equal(await item.locator('[data-wsis-quote]').textContent(), hostile.quote);
        assert.equal(await item.locator('script, img').count(), 0);
      }
      const urlItem = section.locator('[data-wsis-position="hostile-url"]');
      assert.equal(await urlItem.locator('a').count(), 0, 'no link for a javascript: source');
      assert.equal(await urlItem.locator('[data-wsis-source-inert]').textContent(), 'javascript:window.__wsisPwned=5');
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
      assert.equal(await page.evaluate(() => (window as unknown as { __wsisPwned?: number }).__wsisPwned), undefined);
    } finally {
      await page.close();
    }
  });
});

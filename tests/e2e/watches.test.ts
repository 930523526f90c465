// Watched paragraphs in real Chromium: watch Rev.1 ¶98 (key w in the viewer's card), open Rev.2 where
// it became ¶100 and changed → the toolbar badge reads 1 and the popup says "¶98 → ¶100, modified"
// with the word diff and the note; all of it survives a browser restart on the same profile; mark as
// seen clears the badge; the Rev.2 chips on the DESA page count the changed watch. Fixtures: tests/fixtures/revision-set (see its README).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, Worker } from 'playwright-core';
import { compareAddress } from '../../utils/viewer-url.ts';
import { SYNC_KEY_PREFIX, SYNC_META_KEY } from '../../utils/watches/sync-payload.ts';
import { ROOT } from './harness.ts';
import { launchViewerBrowser, openInViewer, type ViewerBrowser } from './viewer-support.ts';

const FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const REV1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const REV2 = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
const MAIN_PAGE = 'https://publicadministration.desa.un.org/wsis20';
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/revision-set', name));
const NOTE = 'Ask the mission about the funding language.';

async function launch(profile: string): Promise<ViewerBrowser> {
  const browser = await launchViewerBrowser({ userDataDir: profile });
  browser.serve(REV1, { body: fixture('rev1.pdf') });
  browser.serve(REV2, { body: fixture('rev2-clean.pdf') });
  browser.serve(MAIN_PAGE, { body: readFileSync(path.join(ROOT, 'tests/fixtures/pages/wsis20-main.html')), contentType: 'text/html; charset=utf-8' });
  return browser;
}

function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

/** The badge is recounted in the background: wait for it to settle on `expected`. */
async function waitForBadge(worker: Worker, expected: string, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = await badgeText(worker);
  while (text !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await badgeText(worker);
  }
  return text;
}

async function openPopup(browser: ViewerBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('[data-wsis-popup="refined"]', { timeout: 20_000 });
  return page;
}

describe('watches', () => {
  let profile: string;
  let browser: ViewerBrowser;

  before(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'wsis-watches-profile-'));
    browser = await launch(profile);
  });

  after(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('the popup says how to watch a paragraph while none is watched', async () => {
    const popup = await openPopup(browser);
    try {
      assert.match((await popup.locator('[data-wsis-watch-empty]').textContent()) ?? '', /press Watch this paragraph/);
      assert.equal(await popup.locator('[data-wsis-intercept]').isChecked(), true, 'the interception switch is still there');
    } finally {
      await popup.close();
    }
  });

  it('watch Rev.1 ¶98 with key w and a note; Rev.2 changes it → badge 1, popup "¶98 → ¶100, modified" with the diff', async () => {
    const rev1 = await openInViewer(browser, REV1);
    await rev1.locator('[data-wsis-para="98"]').click();
    const toggle = rev1.locator('[data-wsis-card] [data-wsis-watch]');
    await toggle.waitFor();
    await rev1.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-wsis-card] [data-wsis-watch]')?.disabled);
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await rev1.locator('#viewerContainer').focus();
    await rev1.keyboard.press('w');
    await rev1.waitForFunction(() => document.querySelector('[data-wsis-card] [data-wsis-watch]')?.getAttribute('aria-pressed') === 'true');
    await rev1.locator('[data-wsis-card] [data-wsis-watch-note]').fill(NOTE);
    await rev1.locator('[data-wsis-card] [data-wsis-watch]').focus(); // blur saves the note
    await rev1.locator('[data-wsis-card] [data-wsis-watch-note-state="saved"]').waitFor();
    await rev1.close();
    assert.equal(await waitForBadge(browser.worker, ''), '', 'nothing changed yet');

    const rev2 = await openInViewer(browser, REV2);
    assert.equal(await waitForBadge(browser.worker, '1'), '1', 'the toolbar badge counts the changed watch');
    // The same paragraph, renumbered, shows as watched in Rev.2's card.
    await rev2.locator('[data-wsis-para="100"]').click();
    await rev2.waitForFunction(() => document.querySelector('[data-wsis-card] [data-wsis-watch]')?.getAttribute('aria-pressed') === 'true');
    await rev2.close();

    const popup = await openPopup(browser);
    try {
      const item = popup.locator('[data-wsis-watch-item="100"]');
      assert.equal(await item.locator('[data-wsis-watch-status]').textContent(), '¶98 → ¶100, modified');
      assert.ok((await item.locator('[data-wsis-diff] ins, [data-wsis-diff] del').count()) > 0, 'the word diff is shown');
      assert.equal(await item.locator('[data-wsis-watch-note-text]').textContent(), NOTE);
      const open = await item.locator('[data-wsis-watch-open="clean"]').getAttribute('href');
      assert.ok(open?.includes(encodeURIComponent(REV2)) && open.endsWith('#para=100'), `opens Rev.2 ¶100 in the viewer (${open})`);
      assert.ok(await item.locator('[data-wsis-watch-open="tracked"]').count(), 'and its tracked-changes version');

      // "Copy summary": the list as a note to pass on (the clipboard is watched, not read: no permission for that).
      await popup.evaluate(() => {
        const copies: string[] = [];
        (globalThis as unknown as { copies: string[] }).copies = copies;
        navigator.clipboard.write = async (items: ClipboardItem[]) => void copies.push(await (await items[0]!.getType('text/plain')).text());
      });
      await popup.locator('[data-wsis-copy-summary]').click();
      await popup.locator('[data-wsis-copy-state="copied"]').waitFor();
      const [summary] = await popup.evaluate(() => (globalThis as unknown as { copies: string[] }).copies);
      assert.match(summary ?? '', /\nChanged:\n- ¶98 → ¶100, modified \(since Rev\.1, in Rev\.2\): .*(?:inserted|deleted|replaced) “/);
      assert.ok(summary?.includes(`  Note: ${NOTE}\n`), summary);

      // The drafts read, newest first, each leading to what changed since the one read before it.
      await popup.locator('[data-wsis-drafts] summary').click();
      const drafts = popup.locator('[data-wsis-draft]');
      await drafts.first().waitFor();
      assert.deepEqual(await drafts.evaluateAll((items) => items.map((item) => item.getAttribute('data-wsis-draft'))), ['rev2', 'rev1']);
      assert.equal(await drafts.first().locator('[data-wsis-link="compare"]').textContent(), 'changes since Rev.1');
      assert.equal(await drafts.first().locator('[data-wsis-link="compare"]').getAttribute('href'), compareAddress(`chrome-extension://${browser.extensionId}/viewer.html`, REV1, REV2));
      assert.equal(await drafts.last().locator('[data-wsis-link="compare"]').count(), 0, 'nothing read before Rev.1');
    } finally {
      await popup.close();
    }

    // On the DESA page listing the drafts, Rev.2's chips count the watched paragraph that changed there.
    const list = await browser.context.newPage();
    try {
      await list.goto(MAIN_PAGE);
      const rev2Chip = list.locator(`[data-wsis-doc-chip]`).filter({ has: list.locator('.chip__name', { hasText: /^Rev\.2/ }) });
      await rev2Chip.first().waitFor({ timeout: 15_000 });
      assert.equal(await rev2Chip.count(), 2, 'clean and tracked-changes links');
      for (const chip of await rev2Chip.all()) assert.equal(await chip.locator('[data-wsis-chip-watches]').textContent(), '1 watched ¶ changed');
      const others = list.locator('[data-wsis-doc-chip]').filter({ hasNot: list.locator('.chip__name', { hasText: /^Rev\.2/ }) });
      assert.equal(await others.locator('[data-wsis-chip-watches]').count(), 0, 'nothing changed in the other revisions');
    } finally {
      await list.close();
    }
  });

  it('the badge, the watch and its note survive a browser restart; mark as seen clears the badge', async () => {
    await browser.close();
    browser = await launch(profile);
    assert.equal(await waitForBadge(browser.worker, '1'), '1', 'the badge is recounted at start-up');

    const popup = await openPopup(browser);
    try {
      const item = popup.locator('[data-wsis-watch-item="100"]');
      assert.equal(await item.locator('[data-wsis-watch-status]').textContent(), '¶98 → ¶100, modified');
      assert.equal(await item.locator('[data-wsis-watch-note-text]').textContent(), NOTE);
      await item.locator('[data-wsis-watch-seen]').click();
      assert.equal(await waitForBadge(browser.worker, ''), '', 'marked as seen: no badge');
      await popup.waitForFunction(() => document.querySelector('[data-wsis-watch-item="100"] [data-wsis-watch-status]')?.textContent === '¶100, unchanged');
    } finally {
      await popup.close();
    }
  });

  it('export and import: a round trip loses nothing; a bad file changes nothing and says why', async () => {
    const popup = await openPopup(browser);
    try {
      await popup.locator('details.more summary').click();
      const exportOnce = async () => {
        const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-wsis-export]').click()]);
        return JSON.parse(await readFile((await download.path())!, 'utf8')) as { watches: unknown[] };
      };
      const before = await exportOnce();
      assert.equal(before.watches.length, 1);

      await popup.locator('[data-wsis-watch-item="100"] [data-wsis-watch-remove]').click();
      await popup.locator('[data-wsis-watch-empty]').waitFor();
      const file = JSON.stringify(before);
      await popup.locator('[data-wsis-import]').setInputFiles({ name: 'watches.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await popup.locator('[data-wsis-backup-message="ok"]').waitFor();
      const item = popup.locator('[data-wsis-watch-item="100"]');
      assert.equal(await item.locator('[data-wsis-watch-note-text]').textContent(), NOTE);
      assert.deepEqual((await exportOnce()).watches, before.watches, 'the round trip loses nothing');

      const bad = { ...before, watches: [{ ...(before.watches[0] as object), id: 'other', label: 42 }] };
      await popup.locator('[data-wsis-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      const message = popup.locator('[data-wsis-backup-message="error"]');
      await message.waitFor();
      assert.match((await message.textContent()) ?? '', /Nothing was imported.*watches\[0\]\.label: must be text/s);
      assert.equal(await popup.locator('[data-wsis-watch-item]').count(), 1, 'the bad file changed nothing');
      assert.deepEqual((await exportOnce()).watches, before.watches);
    } finally {
      await popup.close();
    }
  });

  it('sync (off by default) puts the watch list in storage.sync; a watch added in another browser arrives, its text taken from the cached revision', async () => {
    const popup = await openPopup(browser);
    try {
      await popup.locator('details.more summary').click();
      const toggle = popup.locator('[data-wsis-sync]');
      assert.equal(await toggle.isChecked(), false, 'off by default');
      await toggle.check();
      await popup.locator('[data-wsis-sync-status="ok"]').waitFor();
      const synced = (await browser.worker.evaluate(
        () => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get(null),
      )) as Record<string, unknown[]>;
      const tuples = synced[`${SYNC_KEY_PREFIX}0`] as unknown[][];
      assert.equal(tuples.length, 1);
      assert.equal(tuples[0]![2], '98');
      assert.equal(tuples[0]![5], NOTE);

      // Another browser adds Rev.1 ¶101 (identity and note only, as when texts do not fit).
      const elsewhere = ['from-elsewhere', 'rev1', '101', 'rev1', '2025-11-09T10:00:00.000Z', 'from my laptop'];
      await browser.worker.evaluate(
        (items) => (globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } }).chrome.storage.sync.set(items),
        { [SYNC_META_KEY]: { chunks: 1, count: 2, withTexts: false }, [`${SYNC_KEY_PREFIX}0`]: [...tuples, elsewhere] },
      );
      assert.equal(await waitForBadge(browser.worker, '1'), '1', 'Rev.1 ¶101 changed in Rev.2: the badge counts it');
    } finally {
      await popup.close();
    }
    const again = await openPopup(browser);
    try {
      const item = again.locator('[data-wsis-watch-item="101"]');
      assert.equal(await item.locator('[data-wsis-watch-status]').textContent(), '¶101, modified');
      assert.equal(await item.locator('[data-wsis-watch-note-text]').textContent(), 'from my laptop');
      assert.ok((await item.locator('[data-wsis-diff] ins, [data-wsis-diff] del').count()) > 0, 'followed from the cached Rev.1 text');
    } finally {
      await again.close();
    }
  });
});

// The card on a WSIS page is card.html in a frame of the page: a third-party context, where this
// Chromium (like Incognito, Brave and many managed machines) denies IndexedDB. Everything it reads and
// writes goes through the background, so it must show the same as the viewer's card.
describe('the card on a WSIS page', () => {
  const REV2_PAGE = 'https://publicadministration.desa.un.org/wsis20/outcome-document-text';
  const MINE = { stakeholder: 'Delegation of Framland', summary: 'Keep the review every ten years', source: 'https://framland.example/wsis' };
  let browser: ViewerBrowser;

  before(async () => {
    browser = await launchViewerBrowser();
    browser.serve(REV1, { body: fixture('rev1.pdf') });
    browser.serve(REV2, { body: fixture('rev2-clean.pdf') });
    browser.serve(REV2_PAGE, { body: readFileSync(path.join(ROOT, 'tests/fixtures/pages/wsis20-rev2-text.html')), contentType: 'text/html; charset=utf-8' });
  });

  after(async () => {
    await browser?.close();
  });

  it('with Rev.1 read, the Rev.2 page card shows what changed, an own position saved in the viewer, and watches; the viewer and page cards follow each other; the popup lists the watch', async () => {
    const rev1 = await openInViewer(browser, REV1);
    await rev1.waitForSelector('[data-wsis-comparison]:not([data-wsis-comparison="loading"])', { timeout: 60_000 });
    await rev1.close();

    // An own position on Rev.2 ¶98, saved in the viewer.
    const rev2 = await openInViewer(browser, REV2);
    try {
      await rev2.locator('[data-wsis-para="98"]').click();
      const section = rev2.locator('[data-wsis-card] [data-wsis-section="positions"]');
      await section.locator('[data-wsis-add-position]').click();
      const form = section.locator('[data-wsis-position-form]');
      await form.locator('[name="stakeholder"]').fill(MINE.stakeholder);
      await form.locator('[name="summary"]').fill(MINE.summary);
      await form.locator('[name="sourceUrl"]').fill(MINE.source);
      await form.locator('[data-wsis-save-position]').click();
      await section.locator('[data-wsis-origin="own"]').waitFor();
    } finally {
      await rev2.close();
    }

    const page = await browser.context.newPage();
    try {
      await page.goto(REV2_PAGE);
      await page.locator('wsis-lens-root [data-wsis-para="98"]').click();
      const card = page.frameLocator('wsis-lens-root iframe.card-frame').locator('[data-wsis-card]');
      const change = card.locator('[data-wsis-change]');
      // A storage failure shows as "Could not read …": wait for whichever comes, then say which.
      await change.or(card.getByText(/could not/i)).first().waitFor({ timeout: 15_000 });
      assert.doesNotMatch((await card.textContent()) ?? '', /could not/i, 'the card read the stored revisions');
      assert.equal(await change.textContent(), 'Changed since Rev.1 (was ¶96)');
      assert.ok((await card.locator('[data-wsis-diff] ins, [data-wsis-diff] del').count()) > 0, 'the words changed are marked');

      const mine = card.locator('[data-wsis-section="positions"] [data-wsis-origin="own"]');
      await mine.first().waitFor({ timeout: 15_000 });
      assert.equal(await mine.locator('[data-wsis-summary]').textContent(), MINE.summary);

      const toggle = card.locator('[data-wsis-watch]');
      await card.locator('[data-wsis-watch]:not([disabled])').waitFor({ timeout: 15_000 });
      await toggle.click();
      await card.locator('[data-wsis-watch][aria-pressed="true"]').waitFor({ timeout: 15_000 });
      assert.doesNotMatch((await card.textContent()) ?? '', /could not/i, 'no storage error anywhere in the card');

      // Changes travel both ways while both are open: a position added in the page card shows in the
      // viewer's card, one deleted in the viewer leaves the page card.
      const viewer = await openInViewer(browser, REV2);
      try {
        await viewer.locator('[data-wsis-para="98"]').click();
        const inViewer = viewer.locator('[data-wsis-card] [data-wsis-section="positions"] [data-wsis-origin="own"]');
        await inViewer.first().waitFor();
        assert.equal(await inViewer.count(), 1);
        const section = card.locator('[data-wsis-section="positions"]');
        await section.locator('[data-wsis-add-position]').click();
        const form = section.locator('[data-wsis-position-form]');
        await form.locator('[name="stakeholder"]').fill('Delegation of Pageland');
        await form.locator('[name="summary"]').fill('Said on the page');
        await form.locator('[name="sourceUrl"]').fill('https://pageland.example/wsis');
        await form.locator('[data-wsis-save-position]').click();
        await viewer.waitForFunction(() => document.querySelectorAll('[data-wsis-card] [data-wsis-origin="own"]').length === 2, undefined, { timeout: 10_000 });
        assert.equal(await mine.count(), 2, 'the page card shows its own addition');

        await inViewer.filter({ hasText: MINE.summary }).locator('[data-wsis-delete-position]').click();
        await viewer.waitForFunction(() => document.querySelectorAll('[data-wsis-card] [data-wsis-origin="own"]').length === 1, undefined, { timeout: 10_000 });
        const deadline = Date.now() + 10_000;
        while ((await mine.count()) !== 1 && Date.now() < deadline) await page.waitForTimeout(50);
        assert.equal(await mine.count(), 1, 'the page card drops the position deleted in the viewer');
        assert.equal(await mine.locator('[data-wsis-summary]').textContent(), 'Said on the page');

        // The watch too, with both cards left open: stopped in the viewer, the page card's toggle
        // follows; watched again from the page card, the viewer's follows.
        const viewerToggle = viewer.locator('[data-wsis-card] [data-wsis-watch]');
        await viewer.locator('[data-wsis-card] [data-wsis-watch][aria-pressed="true"]:not([disabled])').waitFor({ timeout: 10_000 });
        await viewerToggle.click();
        await viewer.locator('[data-wsis-card] [data-wsis-watch][aria-pressed="false"]').waitFor({ timeout: 10_000 });
        await card.locator('[data-wsis-watch][aria-pressed="false"]').waitFor({ timeout: 10_000 });
        await card.locator('[data-wsis-watch]:not([disabled])').click();
        await card.locator('[data-wsis-watch][aria-pressed="true"]').waitFor({ timeout: 10_000 });
        await viewer.locator('[data-wsis-card] [data-wsis-watch][aria-pressed="true"]').waitFor({ timeout: 10_000 });
      } finally {
        await viewer.close();
      }
    } finally {
      await page.close();
    }

    const popup = await openPopup(browser);
    try {
      const item = popup.locator('[data-wsis-watch-item]');
      assert.equal(await item.count(), 1, 'the watch made in the page card is listed');
      assert.equal(await item.getAttribute('data-wsis-watch-item'), '98');
    } finally {
      await popup.close();
    }
  });
});

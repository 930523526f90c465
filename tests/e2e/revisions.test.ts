// Revisions in real Chromium: a Rev.2 paragraph's card says what changed since Rev.1 with a word diff,
// its tracked-changes link lands on the same paragraph of the tracked PDF and comes back, and the
// compare view lists every change. Fixtures: tests/fixtures/revision-set (see its README).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AlignmentUnit } from '../../utils/align.ts';
import { compareAddress } from '../../utils/viewer-url.ts';
import { ROOT } from './harness.ts';
import { launchViewerBrowser, openInViewer, waitForComparison, waitForIndex, type ViewerBrowser } from './viewer-support.ts';

const FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const REV1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const REV2 = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
const MAIN_PAGE = 'https://publicadministration.desa.un.org/wsis20';
const REV2_TRACKED = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`;
const L41 = 'https://docs.un.org/en/A/80/L.41';
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/revision-set', name));
const truth = JSON.parse(fixture('truth.json').toString('utf8')) as {
  units?: AlignmentUnit[];
  truth?: AlignmentUnit[];
  old: { label: string; heading: string | null }[];
  new: { label: string; heading: string | null }[];
};
const units = truth.units ?? truth.truth ?? [];
const truthLabels = (side: 'old' | 'new') => [...new Set(units.flatMap((unit) => unit[side]))];

describe('revisions', () => {
  let browser: ViewerBrowser;

  before(async () => {
    browser = await launchViewerBrowser();
    browser.serve(REV1, { body: fixture('rev1.pdf') });
    browser.serve(REV2, { body: fixture('rev2-clean.pdf') });
    browser.serve(REV2_TRACKED, { body: fixture('rev2-tracked.pdf') });
    browser.serve(L41, { body: fixture('l41-resolution-layout.pdf') });
  });

  after(async () => {
    await browser?.close();
  });

  it('with Rev.1 read once, Rev.2 ¶98 says "Changed since Rev.1 (was ¶96)" with the words changed; a paragraph under a renamed heading says so', async () => {
    const rev1 = await openInViewer(browser, REV1);
    // Rev.1 is stored once indexed; nothing older is served, so its own comparison fails politely.
    await waitForComparison(rev1);
    await rev1.close();

    const page = await openInViewer(browser, REV2);
    try {
      assert.equal(await waitForComparison(page), 'ready');
      await page.locator('[data-wsis-para="98"]').click();
      const card = page.locator('[data-wsis-card]');
      await card.waitFor();
      assert.equal(await card.locator('[data-wsis-change]').textContent(), 'Changed since Rev.1 (was ¶96)');
      assert.ok((await card.locator('[data-wsis-diff] ins').count()) > 0, 'insertions are marked');
      assert.ok((await card.locator('[data-wsis-diff] del').count()) > 0, 'deletions are marked');
      assert.equal(await card.locator('[data-wsis-link="previous"]').textContent(), 'Rev.1 ¶96');
      assert.equal(await card.locator('[data-wsis-section-renamed]').count(), 0, '¶98’s heading kept its text');

      // The index marks the paragraphs that changed, the ground truth's; "Changed since Rev.1" lists them alone.
      const changedTruth = units.filter((unit) => unit.change !== 'unchanged').flatMap((unit) => unit.new).sort();
      const marked = () => page.locator('[data-index-changed]').evaluateAll((labels) => labels.map((label) => label.getAttribute('data-index-label') ?? '').sort());
      await page.locator('[data-index-changed-only]').waitFor();
      assert.deepEqual(await marked(), changedTruth);
      assert.equal(await page.locator('[data-index-changed-only] span').last().textContent(), String(changedTruth.length));
      assert.match((await page.locator('[data-index-label="98"]').getAttribute('aria-label')) ?? '', /, changed since Rev\.1$/);
      await page.locator('[data-index-changed-only]').click();
      assert.equal(await page.locator('[data-index-label]').count(), changedTruth.length, 'only the changed paragraphs listed');
      await page.locator('[data-index-changed-only]').click();
      assert.equal(await page.locator('[data-index-label]').count(), truthLabels('new').length);

      // A paragraph under the renamed heading says so.
      const renamedAt = truth.new.find((p) => p.heading === 'Digital technologies and the environment')!.label;
      await page.locator(`[data-wsis-para="${renamedAt}"]`).click();
      await card.locator(`[data-wsis-change]`).waitFor();
      assert.equal(
        await card.locator('[data-wsis-section-renamed]').textContent(),
        'Section renamed: Environmental impacts → Digital technologies and the environment',
      );
    } finally {
      await page.close();
    }
  });

  it('the tracked-changes link lands on ¶98 of the tracked PDF, highlighted, and the clean link comes back', async () => {
    const page = await openInViewer(browser, REV2);
    try {
      // The toolbar leads to every change since the previous revision.
      const all = page.locator('[data-wsis-link="all-changes"]');
      assert.equal(await all.textContent(), 'Changes since Rev.1');
      assert.equal(await all.getAttribute('href'), compareAddress(browser.viewerPage(), REV1, REV2));
      await page.locator('[data-wsis-para="98"]').click();
      const tracked = page.locator('[data-wsis-card] [data-wsis-link="tracked"]');
      assert.equal(await tracked.textContent(), 'Tracked changes ¶98');
      await tracked.click();
      await page.waitForURL((url) => url.href.includes(encodeURIComponent(REV2_TRACKED)) && url.hash === '#para=98');
      await waitForIndex(page);
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="98"]')?.classList.contains('is-active'));
      assert.match(await page.title(), /Rev\.2 \(tracked changes\)/);
      // Read as tracked changes: the same live paragraphs as the clean text, none twice, and the
      // paragraphs deleted whole named, not badged.
      const labels = await page.locator('[data-wsis-para]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-wsis-para')));
      assert.equal(new Set(labels).size, labels.length, 'no label twice');
      assert.equal(labels.length, truthLabels('new').length);
      await page.getByText('Deleted whole in this version (old numbering): ¶¶99–100.').waitFor();

      await page.locator('[data-wsis-para="98"]').click();
      const official = page.locator('[data-wsis-card] [data-wsis-official-changes]');
      assert.ok((await official.locator('ins').count()) > 0 && (await official.locator('del').count()) > 0, 'the PDF’s own markup is shown');
      const clean = page.locator('[data-wsis-card] [data-wsis-link="clean"]');
      assert.equal(await clean.textContent(), 'Clean version ¶98');
      await clean.click();
      await page.waitForURL((url) => url.href.includes(encodeURIComponent(REV2)) && url.hash === '#para=98');
      await waitForIndex(page);
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="98"]')?.classList.contains('is-active'));
    } finally {
      await page.close();
    }
  });

  it('a Rev.1 card, with Rev.2 read, gives the paragraph\'s history: ¶96 became ¶98, with the words changed and a link there', async () => {
    const page = await openInViewer(browser, REV1);
    try {
      await waitForIndex(page);
      await page.locator('[data-wsis-para="96"]').click();
      const history = page.locator('[data-wsis-card] [data-wsis-section="history"]');
      assert.equal(await history.locator('[data-wsis-history-chain]').textContent(), 'Rev.1 ¶96 → Rev.2 ¶98');
      await history.locator('summary').click();
      const later = history.locator('[data-wsis-history="rev2"]');
      assert.match((await later.textContent()) ?? '', /^Rev\.2 ¶98 changed/);
      assert.ok((await later.locator('ins, del').count()) > 0, 'the words Rev.2 changed');
      await later.locator('a').click();
      await page.waitForURL((url) => url.href.includes(encodeURIComponent(REV2)) && url.hash === '#para=98');
      await waitForIndex(page);
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="98"]')?.classList.contains('is-active'));
    } finally {
      await page.close();
    }
  });

  it('the compare view lists every change of Rev.1 → Rev.2 by kind, with links to both versions, and the section heading renamed', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(compareAddress(browser.viewerPage(), REV1, REV2));
      await page.locator('[data-wsis-filter="modified"]').waitFor({ timeout: 60_000 });
      const expected: Record<string, number> = {};
      for (const unit of units) expected[unit.change] = (expected[unit.change] ?? 0) + 1;
      for (const [kind, count] of Object.entries(expected)) {
        assert.equal(await page.locator(`[data-wsis-filter="${kind}"] span`).textContent(), String(count), kind);
      }
      const changed = units.filter((unit) => unit.change !== 'unchanged').length;
      assert.equal(await page.locator('[data-wsis-change-unit]').count(), changed, 'unchanged paragraphs are hidden at first');

      // "Copy as a note": what the list shows, as text and as HTML for Word. The page's clipboard is
      // watched rather than read (reading needs a permission the extension does not ask for).
      await page.evaluate(() => {
        const copies: { text: string; html: string }[] = [];
        (globalThis as unknown as { copies: typeof copies }).copies = copies;
        navigator.clipboard.write = async (items: ClipboardItem[]) => {
          const item = items[0]!;
          copies.push({ text: await (await item.getType('text/plain')).text(), html: await (await item.getType('text/html')).text() });
        };
      });
      const copies = () => page.evaluate(() => (globalThis as unknown as { copies: { text: string; html: string }[] }).copies);
      await page.locator('[data-wsis-copy-note]').click();
      await page.locator('[data-wsis-copy-state="copied"]').waitFor();
      assert.equal(await page.locator('[data-wsis-copy-state]').textContent(), `Copied ${changed + 1} changes`);
      const [note] = await copies();
      const lines = note!.text.split('\n');
      assert.equal(lines[0], 'Changes from Rev.1 to Rev.2');
      assert.ok(lines.includes('- Renamed: “Environmental impacts” → “Digital technologies and the environment”'), note!.text);
      assert.equal(lines.filter((line) => /^- (?:Rev\.1 )?(?:¶|PP)/.test(line)).length, changed, 'one line per change shown');
      assert.equal(lines.filter((line) => / modified: /.test(line)).length, expected.modified ?? 0);
      assert.match(note!.html, /<del style="text-decoration:line-through/);
      assert.match(note!.html, /<ins style="text-decoration:underline/);

      // Who asked for what beside what changed: the TCCM's positions on the permanent IGF (Rev.2 ¶98).
      const igf = page.locator('[data-wsis-change-unit]').filter({ has: page.locator('[data-wsis-link="new"]', { hasText: /^Rev\.2 ¶98$/ }) });
      assert.match((await igf.locator('[data-wsis-change-positions]').textContent()) ?? '', /TCCM/);
      assert.ok(lines.some((line) => /^  · TCCM .*: https:\/\//.test(line)), 'the note lists the positions with their sources');
      const withPositions = Number(await page.locator('[data-wsis-filter-positions] span').textContent());
      assert.ok(withPositions > 0 && withPositions < changed, `${withPositions} of ${changed} changes have positions`);
      await page.locator('[data-wsis-filter-positions]').click();
      assert.equal(await page.locator('[data-wsis-change-unit]').count(), withPositions, 'only the changes with positions');
      assert.equal(await page.locator('[data-wsis-change-unit]:not(:has([data-wsis-change-positions]))').count(), 0);
      await page.locator('[data-wsis-filter-positions]').click();

      // Filter by words: the changes whose old or new text (or a stakeholder on it) holds them.
      const words = page.locator('[data-wsis-compare-words]');
      await words.fill('governance forum');
      const matching = await page.locator('[data-wsis-change-unit]').count();
      assert.ok(matching > 0 && matching < changed, `${matching} changes mention the Forum`);
      for (const text of await page.locator('[data-wsis-change-unit]').allTextContents()) assert.match(text, /governance forum/i);
      await words.fill('TCCM');
      assert.ok((await page.locator('[data-wsis-change-unit]').count()) >= 1, 'a stakeholder’s name finds the changes it took positions on');
      await words.fill('no such words anywhere');
      assert.equal(await page.locator('[data-wsis-change-unit]').count(), 0);
      await page.locator('[data-wsis-no-change]').waitFor();
      await words.fill('');
      assert.equal(await page.locator('[data-wsis-change-unit]').count(), changed);

      await page.locator('[data-wsis-filter="modified"]').click();
      assert.equal(await page.locator('[data-wsis-change-unit="modified"]').count(), 0, 'a filter hides its kind');
      await page.locator('[data-wsis-copy-note]').click();
      await page.waitForFunction(() => (globalThis as unknown as { copies: unknown[] }).copies.length === 2);
      assert.doesNotMatch((await copies())[1]!.text, /, modified/, 'the note holds what the filters show');
      const split = page.locator('[data-wsis-change-unit="split"]').first();
      assert.match((await split.locator('[data-wsis-link="old"]').getAttribute('href')) ?? '', /viewer\.html\?file=.*Rev1.*#para=/);
      assert.match((await split.locator('[data-wsis-link="new"]').getAttribute('href')) ?? '', /viewer\.html\?file=.*Rev2.*#para=/);

      // The one heading renamed, with its words changed and links to where it stands in each revision.
      assert.equal(await page.locator('[data-wsis-section-filter="renamed"] span').textContent(), '1');
      assert.equal(await page.locator('[data-wsis-section-filter="added"] span').textContent(), '0');
      assert.equal(await page.locator('[data-wsis-section-filter="removed"] span').textContent(), '0');
      const renamed = page.locator('[data-wsis-section-change="renamed"]');
      assert.equal(await renamed.count(), 1);
      assert.equal(await renamed.locator('del').textContent(), 'Environmental impacts');
      assert.equal(await renamed.locator('ins').textContent(), 'Digital technologies and the environment');
      const firstUnder = (side: 'old' | 'new', heading: string) => truth[side].find((p) => p.heading === heading)!.label;
      const oldAt = firstUnder('old', 'Environmental impacts');
      const newAt = firstUnder('new', 'Digital technologies and the environment');
      assert.match((await renamed.locator('[data-wsis-link="old"]').textContent()) ?? '', new RegExp(`^Rev\\.1 ¶¶${oldAt}–\\d+$`));
      assert.match((await renamed.locator('[data-wsis-link="old"]').getAttribute('href')) ?? '', new RegExp(`viewer\\.html\\?file=.*Rev1.*#para=${oldAt}$`));
      assert.match((await renamed.locator('[data-wsis-link="new"]').getAttribute('href')) ?? '', new RegExp(`viewer\\.html\\?file=.*Rev2.*#para=${newAt}$`));
      await page.locator('[data-wsis-section-filter="renamed"]').click();
      assert.equal(await page.locator('[data-wsis-section-change]').count(), 0, 'a filter hides renamed headings');
    } finally {
      await page.close();
    }
  });

  it('the compare view switches either side to another draft read: Rev.1 → A/80/L.41, and Back returns to Rev.1 → Rev.2', async () => {
    const l41 = await openInViewer(browser, L41);
    await waitForComparison(l41); // read, so stored
    await l41.close();

    const page = await browser.context.newPage();
    try {
      await page.goto(compareAddress(browser.viewerPage(), REV1, REV2));
      const older = page.locator('[data-wsis-compare-side="older"]');
      const newer = page.locator('[data-wsis-compare-side="newer"]');
      await newer.waitFor({ timeout: 60_000 });
      const options = (select: typeof older) =>
        select.locator('option').evaluateAll((all) => all.map((option) => `${option.textContent}${(option as HTMLOptionElement).disabled ? ' (disabled)' : ''}`));
      // Only pairs in order: the older side cannot take Rev.2 or a later revision, the newer side not Rev.1.
      assert.deepEqual(await options(older), ['Rev.1', 'Rev.2 (disabled)', 'A/80/L.41 (disabled)']);
      assert.deepEqual(await options(newer), ['Rev.1 (disabled)', 'Rev.2', 'A/80/L.41']);
      assert.equal(await older.inputValue(), REV1);
      assert.equal(await newer.inputValue(), REV2);

      await newer.selectOption({ label: 'A/80/L.41' });
      await page.waitForURL(compareAddress(browser.viewerPage(), REV1, L41));
      await page.locator('h1', { hasText: 'Changes from Rev.1 to A/80/L.41' }).waitFor({ timeout: 60_000 });
      await page.locator('[data-wsis-filter="modified"]').waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('[data-wsis-compare-side="newer"]').inputValue(), L41);
      // Rev.1 ¶96 became L.41 ¶99 (Rev.2 ¶98 in between).
      const igf = page.locator('[data-wsis-change-unit]', { has: page.locator('[data-wsis-link="old"]', { hasText: /^Rev\.1 ¶96$/ }) });
      assert.equal(await igf.locator('[data-wsis-link="new"]').textContent(), 'A/80/L.41 ¶99');

      await page.goBack();
      await page.locator('h1', { hasText: 'Changes from Rev.1 to Rev.2' }).waitFor({ timeout: 60_000 });
    } finally {
      await page.close();
    }
  });
});

describe('revisions fetched in the background', () => {
  let browser: ViewerBrowser;

  before(async () => {
    browser = await launchViewerBrowser();
    browser.serve(MAIN_PAGE, { body: readFileSync(path.join(ROOT, 'tests/fixtures/pages/wsis20-main.html')), contentType: 'text/html; charset=utf-8' });
    browser.serve(REV1, { body: fixture('rev1.pdf') });
    browser.serve(REV2, { body: fixture('rev2-clean.pdf') });
  });

  after(async () => {
    await browser?.close();
  });

  it('Rev.1, never opened but linked from the DESA page, is fetched and read to compare, then kept for offline use', async () => {
    // The DESA page links Rev.1's file (the catalog has no address for it): WSIS Lens learns it there.
    const desa = await browser.context.newPage();
    await desa.goto(MAIN_PAGE);
    await desa.locator('[data-wsis-doc-chip]').first().waitFor({ state: 'attached' });
    await desa.close();

    const page = await openInViewer(browser, `${REV2}#para=98`);
    try {
      assert.equal(await waitForComparison(page), 'ready');
      assert.equal(browser.hits(REV1), 1, 'Rev.1 was fetched once');
      await page.locator('[data-wsis-para="98"]').click();
      assert.equal(await page.locator('[data-wsis-card] [data-wsis-change]').textContent(), 'Changed since Rev.1 (was ¶96)');
    } finally {
      await page.close();
    }

    browser.serve(REV1, { body: 'gone', status: 404, contentType: 'text/html' });
    const again = await openInViewer(browser, REV2);
    try {
      assert.equal(await waitForComparison(again), 'ready', 'the stored Rev.1 serves without the network');
      assert.equal(browser.hits(REV1), 1);
    } finally {
      await again.close();
    }
  });
});

// `npm run demo` (after `wxt build`): Chromium with the extension on bundled samples, served at
// their real UN addresses. With a display: a window to look around in, until you close it.
// Without one (or in CI): headless, one screenshot per stop in demo-output/.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, ROOT, launchWithExtension, serveUnPages, type ServedPage } from '../tests/e2e/harness.ts';
import { compareAddress, viewerUrlFor } from '../utils/viewer-url.ts';
import { REAL_L41 } from './lib/shared-dir.ts';

interface Stop {
  name: string;
  url: string;
  /** What is served at `url`: a file (relative to the project root) or a full response; none for extension pages. */
  serve?: string | ServedPage;
  /** The address to open when it is not `url` itself, e.g. an extension page showing `url`. */
  open?: (extensionId: string) => string;
  /** What a visitor should see here. */
  show: string;
  /** Selectors (piercing open shadow roots) to wait for, in turn, before the stop is worth a look. */
  ready?: string[];
  /** What to do once ready, before the screenshot (e.g. open a card). */
  then?: (page: Page) => Promise<void>;
  /** The screenshot's size, when not the browser window's (the toolbar popup is narrow). */
  viewport?: { width: number; height: number };
  /** Why the stop cannot be shown in this checkout, if it cannot. */
  unavailable?: () => string | undefined;
}

const PAGES = 'tests/fixtures/pages';
const REVISIONS = 'tests/fixtures/revision-set';
const DESA_FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const REV1 = `${DESA_FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const REV2 = `${DESA_FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
const INDICATOR = '[data-wsis-indicator]';
const fileMissing = (file: string) => () =>
  existsSync(path.resolve(ROOT, file)) ? undefined : `${file} is not in this checkout`;

const viewerOrPdfMissing = () =>
  !existsSync(path.join(EXTENSION_DIR, 'viewer.html'))
    ? 'the build has no PDF viewer yet'
    : fileMissing(REAL_L41)();

/** The tour, in order. Later features add their stops here. */
const STOPS: Stop[] = [
  {
    name: 'wsis20-main',
    url: 'https://publicadministration.desa.un.org/wsis20',
    serve: `${PAGES}/wsis20-main.html`,
    show: 'The DESA WSIS+20 review page: a chip after each draft link (revision, date, clean / tracked changes in the viewer); the indicator (bottom right) says WSIS Lens recognised the page.',
    ready: [INDICATOR],
    unavailable: fileMissing(`${PAGES}/wsis20-main.html`),
  },
  {
    name: 'wsis20-rev2-text',
    url: 'https://publicadministration.desa.un.org/wsis20/outcome-document-text',
    serve: `${PAGES}/wsis20-rev2-text.html`,
    show: 'A WSIS+20 draft as a web page (Rev2): a badge on every paragraph (PP1…, 1…), each opening the paragraph card.',
    ready: [INDICATOR],
    unavailable: fileMissing(`${PAGES}/wsis20-rev2-text.html`),
  },
  {
    name: 'a-80-l41-pdf',
    url: 'https://docs.un.org/en/A/80/L.41',
    serve: { file: REAL_L41, contentType: 'application/pdf' },
    show: "A/80/L.41 (the tabled outcome document, a real UN PDF) in WSIS Lens's viewer, a badge on every paragraph.",
    // Straight to the viewer: Playwright's routing takes the navigation before the redirect rule
    // would (see tests/e2e/viewer-support.ts); in a real browser that rule brings you here.
    open: (extensionId) => viewerUrlFor(`chrome-extension://${extensionId}/viewer.html`, 'https://docs.un.org/en/A/80/L.41'),
    // The viewer's paragraph index, or its plain-words problem panel; then indexing done.
    ready: ['.wsis-index__label, [data-wsis-problem]', '.wsis-progress--idle'],
    unavailable: viewerOrPdfMissing,
  },
  {
    name: 'a-80-l41-para-99',
    url: 'https://docs.un.org/en/A/80/L.41',
    serve: { file: REAL_L41, contentType: 'application/pdf' },
    show: 'A deep link (#para=99, the permanent IGF) scrolls to the paragraph; its badge opens the card.',
    open: (extensionId) =>
      viewerUrlFor(`chrome-extension://${extensionId}/viewer.html`, 'https://docs.un.org/en/A/80/L.41', { para: '99' }),
    ready: ['[data-wsis-para="99"]', '.wsis-progress--idle'],
    then: async (page) => {
      await page.locator('[data-wsis-para="99"]').click();
      await page.locator('[data-wsis-card]').waitFor({ timeout: 10_000 });
    },
    unavailable: viewerOrPdfMissing,
  },
  {
    name: 'rev1-read-once',
    url: REV1,
    serve: { file: `${REVISIONS}/rev1.pdf`, contentType: 'application/pdf' },
    show: 'Rev.1 of the draft (a synthetic revision set made from L.41): read once, WSIS Lens keeps its paragraphs to compare later revisions with. The reader watches ¶98 from its card.',
    open: (extensionId) => viewerUrlFor(`chrome-extension://${extensionId}/viewer.html`, REV1, { para: '98' }),
    ready: ['[data-wsis-comparison]:not([data-wsis-comparison="loading"])', '[data-wsis-para="98"]'],
    then: async (page) => {
      await page.locator('[data-wsis-para="98"]').click();
      const watch = page.locator('[data-wsis-card] [data-wsis-watch]:not([disabled])');
      await watch.click({ timeout: 10_000 });
      await page.locator('[data-wsis-card] [data-wsis-watch][aria-pressed="true"]').waitFor({ timeout: 10_000 });
    },
    unavailable: fileMissing(`${REVISIONS}/rev1.pdf`),
  },
  {
    name: 'rev2-para-98-what-changed',
    url: REV2,
    serve: { file: `${REVISIONS}/rev2-clean.pdf`, contentType: 'application/pdf' },
    show: 'Rev.2 ¶98 (the permanent IGF): the card says "Changed since Rev.1 (was ¶96)" with the words inserted and deleted, and links to the tracked-changes version and to Rev.1.',
    open: (extensionId) => viewerUrlFor(`chrome-extension://${extensionId}/viewer.html`, REV2, { para: '98' }),
    ready: ['[data-wsis-para="98"]', '[data-wsis-comparison="ready"]'],
    then: async (page) => {
      await page.locator('[data-wsis-para="98"]').click();
      await page.locator('[data-wsis-card] [data-wsis-change]').waitFor({ timeout: 10_000 });
    },
    unavailable: fileMissing(`${REVISIONS}/rev2-clean.pdf`),
  },
  {
    name: 'compare-rev1-rev2',
    url: REV2,
    serve: { file: `${REVISIONS}/rev2-clean.pdf`, contentType: 'application/pdf' },
    show: 'Every change from Rev.1 to Rev.2 in document order, filterable by kind (modified, added, deleted, moved, split, merged), each linking to both versions and listing the stakeholder positions on it; either side switches to another draft read ("Compare Rev.1 with A/80/L.41"); "Only with positions" keeps the changes someone took a position on, "Copy as a note" copies what is shown for mail or Word.',
    open: (extensionId) => compareAddress(`chrome-extension://${extensionId}/viewer.html`, REV1, REV2),
    ready: ['[data-wsis-change-unit]'],
    unavailable: fileMissing(`${REVISIONS}/rev2-clean.pdf`),
  },
  {
    name: 'rev2-para-98-history',
    url: REV2,
    serve: { file: `${REVISIONS}/rev2-clean.pdf`, contentType: 'application/pdf' },
    show: 'The same card\'s History, unfolded: the paragraph in every revision read (Rev.1 ¶96 → Rev.2 ¶98 → A/80/L.41 ¶99), what each revision changed in it, and a link to it in each.',
    open: (extensionId) => viewerUrlFor(`chrome-extension://${extensionId}/viewer.html`, REV2, { para: '98' }),
    ready: ['[data-wsis-para="98"]', '[data-wsis-comparison="ready"]'],
    then: async (page) => {
      await page.locator('[data-wsis-para="98"]').click();
      const history = page.locator('[data-wsis-card] [data-wsis-section="history"]');
      await history.locator('summary').click({ timeout: 10_000 });
      await history.locator('[data-wsis-history]').last().scrollIntoViewIfNeeded();
    },
    unavailable: fileMissing(`${REVISIONS}/rev2-clean.pdf`),
  },
  {
    name: 'popup-watched-paragraph-changed',
    url: 'popup.html',
    show: 'The toolbar popup: the paragraph watched in Rev.1, followed by its words into the newest revision read (the tour opened A/80/L.41, where it is ¶101): the word diff, a link to it there, the positions said since, "Mark as seen"; the toolbar badge counts it too.',
    open: (extensionId) => `chrome-extension://${extensionId}/popup.html`,
    ready: ['[data-wsis-popup="refined"]'],
    viewport: { width: 420, height: 600 },
  },
  {
    name: 'wsis20-main-watch-count',
    url: 'https://publicadministration.desa.un.org/wsis20',
    serve: `${PAGES}/wsis20-main.html`,
    show: 'Back on the DESA page: the Rev.2 chips say the watched paragraph changed in Rev.2 (it is ¶100 there), and "compare with previous" compares Rev.2 with Rev.1, whose file this page links.',
    ready: ['[data-wsis-doc-chip]'],
    unavailable: fileMissing(`${PAGES}/wsis20-main.html`),
  },
];

async function visit(page: Page, stop: Stop, address: string): Promise<void> {
  await page.goto(address);
  for (const selector of stop.ready ?? []) {
    await page
      .locator(selector)
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 })
      .catch(() => console.warn(`  (${stop.name}: ${selector} did not appear)`));
  }
  await stop.then?.(page).catch((error: unknown) => console.warn(`  (${stop.name}: ${String(error)})`));
}

const headless = !process.env.DISPLAY || Boolean(process.env.CI);
const stops = STOPS.filter((stop) => {
  const reason = stop.unavailable?.();
  if (reason) console.log(`skipping ${stop.name}: ${reason}`);
  return !reason;
});
if (stops.length === 0) {
  console.error('demo: nothing to show');
  process.exit(1);
}

const browser = await launchWithExtension({ headless });
const addressOf = (stop: Stop) => stop.open?.(browser.extensionId) ?? stop.url;
try {
  await serveUnPages(browser.context, Object.fromEntries(stops.flatMap((stop) => (stop.serve ? [[stop.url, stop.serve]] : []))));

  if (headless) {
    const outDir = path.join(ROOT, 'demo-output');
    // Only this tour's screenshots: an earlier tour may have numbered them otherwise.
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const page = await browser.context.newPage();
    const window = page.viewportSize();
    for (const [i, stop] of stops.entries()) {
      if (stop.viewport ?? window) await page.setViewportSize(stop.viewport ?? window!);
      await visit(page, stop, addressOf(stop));
      const file = path.join(outDir, `${String(i + 1).padStart(2, '0')}-${stop.name}.png`);
      await page.screenshot({ path: file });
      console.log(`${path.relative(process.cwd(), file)}  ${stop.url}\n    ${stop.show}`);
    }
  } else {
    // One tab per stop, the first in front; the demo ends when the browser is closed, whenever
    // that is (even while tabs are still loading).
    const closed = new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    const opened = (async () => {
      const pages: Page[] = [];
      for (const stop of stops) {
        const page = pages.length === 0 ? (browser.context.pages()[0] ?? (await browser.context.newPage())) : await browser.context.newPage();
        pages.push(page);
        // No waiting for `ready`: the visitor watches the page get there.
        await page.goto(addressOf(stop));
        console.log(`${stop.url}\n    ${stop.show}`);
      }
      await pages[0]?.bringToFront();
      console.log('\nClose the browser window to end the demo.');
    })();
    await Promise.race([closed, opened.then(() => closed)]);
  }
} finally {
  await browser.close().catch(() => undefined);
}

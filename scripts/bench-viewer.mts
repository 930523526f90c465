// Viewer bench, in Chromium with the built extension (`npx wxt build` first):
// time to the first badge and to the full paragraph index, as ratios to pdf.js's own text extraction
// of the same file in the same run (fetch + open + getTextContent of every page, nothing else).
// Both clocks start at the fetch of the PDF. Target: full index ≤ 1.10 × extraction.
//
//   npx tsx scripts/bench-viewer.mts [runs] [subject filter, e.g. L.41]
// 15 runs each (unless runs is given): single runs on a 2-core machine spread by ±15 %, and a median
// of nine still moved by ±0.07× from one bench run to the next.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makeLongDraftPdf } from './fixtures/make-bad-pdfs.mts';
import { ROOT } from '../tests/e2e/harness.ts';
import { median } from './bench/measure.ts';
import { REAL_L41 } from './lib/shared-dir.ts';
import { launchViewerBrowser, type ViewerBrowser } from '../tests/e2e/viewer-support.ts';

const TARGET_FULL_INDEX_RATIO = 1.1;
const runsAsked = Number(process.argv[2]) || 0;
const RUNS = 15;
const only = (process.argv[3] ?? '').toLowerCase();
const DESA = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';

interface Subject {
  name: string;
  url: string;
  bytes: Uint8Array;
}

interface Timing {
  first: number;
  full: number;
  /** Viewer only: the first page drawn on screen (readers see this before any badge). */
  drawn?: number;
}

async function subjects(): Promise<Subject[]> {
  const list: Subject[] = [
    { name: 'A/80/L.41 (real, 20 pages)', url: 'https://docs.un.org/en/A/80/L.41', bytes: readFileSync(REAL_L41) },
  ];
  const synthetic = path.join(ROOT, 'tests/fixtures/synthetic/no-preamble-long.pdf');
  try {
    list.push({ name: 'synthetic draft (paras 1–112)', url: `${DESA}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`, bytes: readFileSync(synthetic) });
  } catch {
    // not generated yet
  }
  list.push({ name: 'long draft (500 pages)', url: `${DESA}/Rev9/WSIS%2B20_Rev9_Long.pdf`, bytes: await makeLongDraftPdf(500) });
  return list;
}

/** The viewer: fetch start → first badge → index done, from its performance marks. */
async function timeViewer(browser: ViewerBrowser, url: string): Promise<Timing> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForURL((current) => current.href.startsWith(browser.viewerPage()));
    // Waits for the mark without polling: Playwright's waitForFunction polls on every animation frame,
    // which would load the viewer's main thread (and not the baseline's) while it is being measured.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          new PerformanceObserver((list, observer) => {
            // The first page may be drawn after the index is done (short files): wait for both.
            const marks = ['wsis-lens:index-done', 'wsis-lens:first-page-drawn'];
            if (marks.some((name) => performance.getEntriesByName(name).length === 0)) return;
            observer.disconnect();
            resolve();
          }).observe({ type: 'mark', buffered: true });
        }),
    );
    // No helper functions inside evaluate: tsx would wrap them in a __name() the page does not have.
    const [start = NaN, first = NaN, full = NaN, drawn = NaN] = await page.evaluate(() =>
      ['wsis-lens:fetch-start', 'wsis-lens:first-badge', 'wsis-lens:index-done', 'wsis-lens:first-page-drawn'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
      ),
    );
    return { first: first - start, full: full - start, drawn: drawn - start };
  } finally {
    await page.close();
  }
}

/** pdf.js alone, in a fresh viewer page (same bundle, same worker setup): fetch, open, text of every page. */
async function timeExtraction(browser: ViewerBrowser, url: string): Promise<Timing> {
  const page: Page = await browser.context.newPage();
  try {
    await page.goto(browser.viewerPage()); // no file: the page loads pdf.js and says there is nothing to show
    await page.waitForFunction(() => 'pdfjsLib' in globalThis);
    return await page.evaluate(async (file) => {
      const pdfjs = (globalThis as unknown as { pdfjsLib: typeof import('pdfjs-dist') }).pdfjsLib;
      const start = performance.now();
      const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
      const task = pdfjs.getDocument({ data: bytes, verbosity: 0 });
      const doc = await task.promise;
      let first = NaN;
      for (let n = 1; n <= doc.numPages; n++) {
        const pdfPage = await doc.getPage(n);
        await pdfPage.getTextContent();
        if (n === 1) first = performance.now() - start;
      }
      const full = performance.now() - start;
      await task.destroy();
      return { first, full };
    }, url);
  } finally {
    await page.close();
  }
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;

const browser = await launchViewerBrowser();
let failed = false;
try {
  console.log('Viewer bench: Chromium, medians of alternating pdf.js-alone and viewer runs\n');
  for (const subject of (await subjects()).filter((s) => s.name.toLowerCase().includes(only))) {
    browser.serve(subject.url, { body: subject.bytes });
    await timeViewer(browser, subject.url); // warm-up (bundle, worker, JIT)
    await timeExtraction(browser, subject.url);
    const viewer: Timing[] = [];
    const alone: Timing[] = [];
    const runs = runsAsked > 0 ? runsAsked : RUNS;
    for (let run = 0; run < runs; run++) {
      alone.push(await timeExtraction(browser, subject.url));
      viewer.push(await timeViewer(browser, subject.url));
    }
    const v = {
      first: median(viewer.map((t) => t.first)),
      full: median(viewer.map((t) => t.full)),
      drawn: median(viewer.map((t) => t.drawn ?? NaN)),
    };
    const a = { first: median(alone.map((t) => t.first)), full: median(alone.map((t) => t.full)) };
    const fullRatio = v.full / a.full;
    const ok = fullRatio <= TARGET_FULL_INDEX_RATIO;
    failed ||= !ok;
    console.log(`${subject.name}, ${runs} runs each`);
    console.log(`  pdf.js text extraction: first page ${ms(a.first)}   all pages ${ms(a.full)}`);
    console.log(`  viewer:                 first badge ${ms(v.first)}   full index ${ms(v.full)}   first page drawn ${ms(v.drawn)}`);
    console.log(
      `  ratios:                 first badge / extraction ${ratio(v.first / a.full)} (/ first page ${ratio(v.first / a.first)})   ` +
        `full index / extraction ${ratio(fullRatio)}  ${ok ? 'OK' : `OVER the ${ratio(TARGET_FULL_INDEX_RATIO)} target`}`,
    );
    // The spread says how much to trust a median on a busy machine.
    const spread = (values: number[]) => `${ms(Math.min(...values))} – ${ms(Math.max(...values))}`;
    console.log(`  spread:                 extraction ${spread(alone.map((t) => t.full))}   full index ${spread(viewer.map((t) => t.full))}\n`);
  }
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;

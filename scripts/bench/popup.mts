// Popup bench, in Chromium with the built extension (`npx wxt build` first): how soon the toolbar
// popup is usable with 1,000 watched paragraphs (target ≤ 100 ms).
//
//   interactive = the popup's own mark `wsis-lens:popup-interactive` (the watch list rendered, search
//   and buttons live), from navigation start.
//   floor = in the same run and browser, the time at which an empty extension page's one module script
//   runs (a copy of the build with that page added; nothing is shipped): what Chromium takes to open
//   any extension page before its code can do anything — over 100 ms on this 2-core machine, so the
//   target is judged on the popup's time above it (interactive − floor ≤ 100 ms).
//   `wsis-lens:popup-refined` is when statuses and diffs from the alignment replace the stored ones
//   (after the first paint, not counted). baseline = the same popup with no watches.
//   Seeded: Rev.1 and Rev.2 of tests/fixtures/revision-set as cached revisions, 1,000 watches on
//   Rev.1 paragraphs with notes, one in ten last seen changed.
//
//   npx tsx scripts/bench/popup.mts [runs=9]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, ROOT, launchWithExtension } from '../../tests/e2e/harness.ts';

const runs = Math.max(1, Number(process.argv[2] ?? 9) || 9);
const WATCHES = 1000;
const TARGET_MS = 100;

interface FixtureParagraph {
  label: string;
  kind: string;
  text: string;
  part: number;
}
const truth = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/revision-set/truth.json'), 'utf8')) as { old: FixtureParagraph[]; new: FixtureParagraph[] };

function cachedRevision(revision: string, paragraphs: FixtureParagraph[]) {
  return {
    hash: revision.padEnd(64, '0'),
    url: `https://publicadministration.desa.un.org/bench/${revision}.pdf`,
    documentId: { family: 'wsis20-outcome', revision, variant: 'clean', symbol: null, date: null, title: null },
    paragraphs: paragraphs.map((p) => ({ label: p.label, kind: p.kind, text: p.text, part: p.part, page: 1, heading: null, anchor: null })),
    headings: [],
    indexedAt: '2025-12-04T10:00:00.000Z',
  };
}

function seedWatches(count: number) {
  const numbered = truth.old.filter((p) => /^\d+$/.test(p.label));
  return Array.from({ length: count }, (_, i) => {
    const paragraph = numbered[i % numbered.length]!;
    return {
      id: `bench-${String(i).padStart(5, '0')}`,
      family: 'wsis20-outcome',
      revision: 'rev1',
      label: paragraph.label,
      text: paragraph.text,
      note: i % 3 === 0 ? `Note ${i}: raise with the delegation before the next informal.` : '',
      createdAt: new Date(Date.UTC(2025, 10, 8, 0, 0, i)).toISOString(),
      acknowledgedRevision: 'rev1',
      lastSeen: { revision: 'rev2', label: paragraph.label, status: i % 10 === 0 ? 'changed' : 'unchanged' },
    };
  });
}

/** Replaces the watches (and caches both revisions) in the extension's database, from one of its pages. */
async function seed(context: BrowserContext, popupUrl: string, watches: unknown[], revisions: unknown[]): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(popupUrl);
    await page.waitForSelector('[data-wsis-popup="refined"]');
    await page.evaluate(
      async ({ watches, revisions }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('wsis-lens');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['watches', 'revisions'], 'readwrite');
        tx.objectStore('watches').clear();
        for (const watch of watches) tx.objectStore('watches').put(watch);
        for (const revision of revisions) tx.objectStore('revisions').put(revision);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { watches, revisions },
    );
  } finally {
    await page.close();
  }
}

async function timeToInteractive(context: BrowserContext, popupUrl: string, expectedItems: number): Promise<{ interactive: number; script: number; refined: number }> {
  const page = await context.newPage();
  try {
    await page.goto(popupUrl);
    await page.waitForSelector('[data-wsis-popup="refined"]', { timeout: 30_000 });
    await page.waitForFunction((count) => document.querySelectorAll('[data-wsis-watch-item]').length === count, expectedItems, { timeout: 30_000 });
    const marks = await page.evaluate(() => ({
      interactive: performance.getEntriesByName('wsis-lens:popup-interactive')[0]?.startTime ?? NaN,
      script: performance.getEntriesByName('wsis-lens:popup-script')[0]?.startTime ?? NaN,
      refined: performance.getEntriesByName('wsis-lens:popup-refined')[0]?.startTime ?? NaN,
      items: document.querySelectorAll('[data-wsis-watch-item]').length,
    }));
    if (marks.items !== expectedItems) throw new Error(`the popup listed ${marks.items} watches, not ${expectedItems}`);
    return marks;
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A copy of the build with an empty page whose one module script marks when it runs. */
function buildWithFloorPage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsis-popup-bench-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, 'bench-floor.html'), '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/bench-floor.js"></script></head><body></body></html>');
  writeFileSync(path.join(dir, 'bench-floor.js'), "performance.mark('bench-floor');");
  return dir;
}

async function floorTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('bench-floor').length > 0);
    return await page.evaluate(() => performance.getEntriesByName('bench-floor')[0]!.startTime);
  } finally {
    await page.close();
  }
}

const extensionDir = buildWithFloorPage();
const browser = await launchWithExtension({ extensionDir });
try {
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  const floorUrl = `chrome-extension://${browser.extensionId}/bench-floor.html`;
  const revisions = [cachedRevision('rev1', truth.old), cachedRevision('rev2', truth.new)];
  const measure = async (count: number) => {
    await seed(browser.context, popupUrl, seedWatches(count), revisions);
    await timeToInteractive(browser.context, popupUrl, count); // warm-up: caches, compiled code
    await floorTime(browser.context, floorUrl);
    const samples = [];
    // Floor and popup alternate, so a busy moment weighs on both.
    for (let i = 0; i < runs; i++) {
      const floor = await floorTime(browser.context, floorUrl);
      samples.push({ ...(await timeToInteractive(browser.context, popupUrl, count)), floor });
    }
    return {
      interactive: median(samples.map((s) => s.interactive)),
      floor: median(samples.map((s) => s.floor)),
      aboveFloor: median(samples.map((s) => s.interactive - s.floor)),
      ownWork: median(samples.map((s) => s.interactive - s.script)),
      refined: median(samples.map((s) => s.refined)),
    };
  };
  const empty = await measure(0);
  const full = await measure(WATCHES);
  const verdict = full.aboveFloor <= TARGET_MS ? 'ok' : 'OVER';
  console.log(`Popup, ${runs} runs each (median):`);
  console.log(
    `  ${WATCHES} watches: interactive ${full.aboveFloor.toFixed(1)} ms after an empty extension page's script runs (target ≤ ${TARGET_MS} ms, ${verdict}); ` +
      `from navigation start ${full.interactive.toFixed(1)} ms, floor ${full.floor.toFixed(1)} ms`,
  );
  console.log(
    `  no watches: ${empty.aboveFloor.toFixed(1)} ms after the floor (${empty.interactive.toFixed(1)} ms from navigation start); ratio ${WATCHES} / none ${(full.interactive / Math.max(empty.interactive, 0.01)).toFixed(2)}×; ` +
      `statuses and diffs from the alignment at ${full.refined.toFixed(1)} ms`,
  );
  console.log(
    `  the popup's own work (its script's start → interactive): ${full.ownWork.toFixed(1)} ms with ${WATCHES} watches, ${empty.ownWork.toFixed(1)} ms with none`,
  );
  if (verdict !== 'ok') process.exitCode = 1;
} finally {
  await browser.close();
  rmSync(extensionDir, { recursive: true, force: true });
}

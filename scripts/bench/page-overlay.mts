// Page overlay bench, in Chromium with the built extension (`npx wxt build` first): the content
// script's own marks on generated WSIS pages of 200 and 800 numbered paragraphs, and the size of the
// script that runs on a WSIS page (the content script and the overlay module it imports there).
//
//   overlay work = (wsis-overlay-start → wsis-overlay-read) + (wsis-overlay-frame → wsis-overlay-end):
//   segmentation, building badges and chips, the batched box reads (one layout), and the frame that
//   writes every position and lays them out. The wait for that frame is idle time and not counted.
//   baseline = in the same page, querySelectorAll('p') + one forced layout of the whole document
//   (a font-size change on <body> re-lays every line; median of 5). Ratios are overlay work / baseline.
//   The overlay starts after the page's first frame, so the page's own first layout is not counted.
//   Mounting (shadow root, indicator, the first message to the background), earlier and apart from
//   that span, is printed beside it: mount = wsis-overlay-mount → wsis-overlay-mounted.
//   A page of 10 paragraphs, with no target, shows the part of that span that does not grow with the page.
//
//   npx tsx scripts/bench/page-overlay.mts [runs=15]
// 15 runs per page: a median of 5 moved between 9.3 and 13.3 ms from one bench run to the next (200 paragraphs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, ROOT, launchWithExtension, readBuiltManifest, serveUnPages } from '../../tests/e2e/harness.ts';

const runs = Math.max(1, Number(process.argv[2] ?? 15) || 15);
const SIZES: { paragraphs: number; targetMs: number | null }[] = [
  { paragraphs: 200, targetMs: 10 },
  { paragraphs: 800, targetMs: 40 },
  // No target: what the overlay costs before it has any paragraphs to speak of (V8 running each of its
  // functions for the first time, regular expressions compiled), the floor under the 200-paragraph target.
  // Last, so that the judged pages are not measured after it.
  { paragraphs: 10, targetMs: null },
];
const SIZE_TARGET_BYTES = 30_000;
const DESA = 'https://publicadministration.desa.un.org/wsis20';

const SENTENCES = [
  'We recognize the importance of meaningful connectivity for all, with particular attention to the needs of developing countries.',
  'We commit to strengthening the multistakeholder model of Internet governance in line with the outcomes of the Summit.',
  'We call upon all stakeholders to support digital literacy and skills, taking into account national priorities and circumstances.',
];

/** A DESA-like draft page: title, section headings every 20 paragraphs, numbered <p>s of one to three sentences. */
export function generatedPage(count: number): string {
  const body: string[] = [];
  for (let n = 1; n <= count; n++) {
    if (n % 20 === 1) body.push(`<h2>Section ${Math.ceil(n / 20)}</h2>`);
    const text = SENTENCES.slice(0, 1 + (n % 3)).join(' ');
    body.push(`<p>${n}. ${text}</p>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>WSIS+20 Outcome Document – Revision 2</title>
<style>body{font:16px/1.5 Arial,sans-serif;margin:0}main{max-width:960px;margin:0 auto;padding:24px}</style></head>
<body><main><h1>WSIS+20 Outcome Document – Revision 2</h1>${body.join('\n')}</main></body></html>`;
}

interface Sample {
  overlay: number;
  /** The same, up to the task after the frame: the frame's own style, layout and paint included. */
  rendered: number;
  wall: number;
  /** Mounting, before the page's first frame (not in the target's span). */
  mount: number;
  baseline: number;
}

const MARKS = { mount: 'wsis-overlay-mount', mounted: 'wsis-overlay-mounted', start: 'wsis-overlay-start', read: 'wsis-overlay-read', frame: 'wsis-overlay-frame', end: 'wsis-overlay-end', rendered: 'wsis-overlay-rendered' };

async function measure(page: Page, url: string): Promise<Sample> {
  await page.goto(url);
  // One question, answered once the overlay's first placement has rendered: no polling while it works
  // (each poll is a round trip through the browser process, on 2 cores the overlay's competition).
  // The content script's marks are on the page's timeline, which every world of the page shares.
  // (A string, not a function: tsx would wrap the function's inner names in a helper the page lacks.)
  const marks = (await page.evaluate(`new Promise((resolve) => {
    const names = ${JSON.stringify(MARKS)};
    const observer = new PerformanceObserver(() => {
      if (performance.getEntriesByName(names.rendered).length === 0) return;
      observer.disconnect();
      resolve(Object.fromEntries(Object.entries(names).map(([key, name]) => [key, performance.getEntriesByName(name)[0]?.startTime ?? 0])));
    });
    observer.observe({ type: 'mark', buffered: true });
    setTimeout(() => resolve(null), 10000);
  })`)) as Record<keyof typeof MARKS, number> | null;
  if (!marks) throw new Error('no wsis-overlay-rendered mark: did the overlay run?');
  const { mount = 0, mounted = 0, start = 0, read = 0, frame = 0, end = 0, rendered = 0 } = marks;
  const baseline = (await page.evaluate(() => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const paragraphs = document.querySelectorAll('p');
      // A font-size change re-lays every line of text: a full layout of the document.
      document.body.style.fontSize = i % 2 ? '16px' : '16.5px';
      void paragraphs[paragraphs.length - 1]?.getBoundingClientRect();
      times.push(performance.now() - t0);
    }
    document.body.style.fontSize = '';
    return times.sort((a, b) => a - b)[2] ?? 0;
  })) as number;
  return { overlay: read - start + (end - frame), rendered: read - start + (rendered - frame), wall: end - start, mount: mounted - mount, baseline };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

let missed = false;
const browser = await launchWithExtension();
try {
  const pages: Record<string, { body: string }> = {};
  for (const { paragraphs } of SIZES) pages[`${DESA}/bench-${paragraphs}`] = { body: generatedPage(paragraphs) };
  await serveUnPages(browser.context, pages);
  console.log(`Page overlay, ${runs} runs each (median):`);
  for (const { paragraphs, targetMs } of SIZES) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      try {
        samples.push(await measure(page, `${DESA}/bench-${paragraphs}`));
      } finally {
        await page.close();
      }
    }
    const overlay = median(samples.map((s) => s.overlay));
    // The fastest run: on a busy machine (other processes on the cores), closer to the work itself.
    const best = Math.min(...samples.map((s) => s.overlay));
    const rendered = median(samples.map((s) => s.rendered));
    const wall = median(samples.map((s) => s.wall));
    const mount = median(samples.map((s) => s.mount));
    const baseline = median(samples.map((s) => s.baseline));
    const verdict = targetMs === null ? null : overlay <= targetMs ? 'ok' : 'OVER';
    if (verdict === 'OVER') missed = true;
    const judged = targetMs === null ? 'first-run cost, no target' : `target ≤ ${targetMs} ms, ${verdict}`;
    console.log(
      `  ${String(paragraphs).padStart(4)} paragraphs: overlay ${overlay.toFixed(1)} ms (${judged}; best run ${best.toFixed(1)} ms); ` +
        `with the frame's rendering ${rendered.toFixed(1)} ms; baseline ${baseline.toFixed(2)} ms; ratio ${(overlay / Math.max(baseline, 0.01)).toFixed(1)}×; start→end incl. frame wait ${wall.toFixed(1)} ms; mount before it ${mount.toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
}

// What runs on a WSIS page, and what the target is about: the content script (it runs on every UN page)
// plus the overlay module it imports there. Their sum is judged, not the content script alone.
const script = readBuiltManifest().content_scripts?.[0]?.js?.[0] ?? 'content-scripts/wsis.js';
let total = 0;
let totalGzipped = 0;
for (const [name, file] of [
  ['Content script (every UN page)', script],
  ['Overlay module (WSIS pages)', 'wsis-overlay.js'],
] as const) {
  const contents = readFileSync(path.join(EXTENSION_DIR, file));
  const gzipped = gzipSync(contents).length;
  total += contents.length;
  totalGzipped += gzipped;
  console.log(`  ${name} ${file}: ${(contents.length / 1000).toFixed(1)} kB minified, ${(gzipped / 1000).toFixed(1)} kB gzipped`);
}
const sizeVerdict = total <= SIZE_TARGET_BYTES ? 'ok' : 'OVER';
if (sizeVerdict === 'OVER') missed = true;
console.log(
  `Script on a WSIS page: ${(total / 1000).toFixed(1)} kB minified (target ≤ ${SIZE_TARGET_BYTES / 1000} kB, ${sizeVerdict}), ${(totalGzipped / 1000).toFixed(1)} kB gzipped`,
);
// The stack's share of the content script, which no change of ours can shrink: the polyfill's own
// minified file, without its licence comment (WXT's content-script context comes on top, about 3 kB).
const polyfill = readFileSync(path.join(ROOT, 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js'), 'utf8').replace(/\/\*[\s\S]*?\*\/\s*$/, '');
console.log(`  of which webextension-polyfill (required by the stack, in the content script): ${(polyfill.length / 1000).toFixed(1)} kB minified`);
// run-all.sh: the exit code says whether any target was missed.
if (missed) process.exitCode = 1;

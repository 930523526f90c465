// The extension's PDF viewer in real Chromium: WSIS PDFs on the UN hosts are redirected to it, keep
// their address and fragment, get one badge per paragraph, and lead back to the browser's viewer.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPdf } from '../../scripts/lib/pdfjs-node.ts';
import { segmentPdf } from '../../utils/paragraphs/from-pdf-text.ts';
import { readAllPages } from '../../utils/pdf/read-pages.ts';
import { WSIS_PDF_URL_REGEXES } from '../../utils/pdf-interception.ts';
import { ROOT } from './harness.ts';
import { badgeCount, launchViewerBrowser, openInViewer, waitForIndex, waitForRedirectRules, type ViewerBrowser } from './viewer-support.ts';
import { REAL_L41 } from '../../scripts/lib/shared-dir.ts';

const DESA_REV2 =
  'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf';
const L41 = 'https://docs.un.org/en/A/80/L.41';
const ODS_FINAL = 'https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=pdf';
/** A resolution whose annex (a declaration) restarts the numbering: PP1, PP2, 1, 2 twice over. */
const ANNEX_PDF = path.join(ROOT, 'tests/fixtures/synthetic/declaration-in-annex.pdf');
const DESA_ANNEX = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev3/WSIS%2B20_Rev3_Annex.pdf';
/** Another GA resolution: not WSIS+20, so not redirected; the popup offers to open it. */
const OTHER_RESOLUTION = 'https://docs.un.org/en/A/RES/79/1';

/** The synthetic draft with paragraphs 1–112 when it exists, the real L.41 until then. */
const SYNTHETIC = ['tests/fixtures/synthetic/no-preamble-long.pdf']
  .map((file) => path.join(ROOT, file))
  .find((file) => existsSync(file)) ?? REAL_L41;

/** The paragraphs (label and part) the node segmenter finds in a file. */
async function paragraphsByNode(file: string): Promise<{ label: string; part: number }[]> {
  const doc = await openPdf(new Uint8Array(readFileSync(file)));
  try {
    return segmentPdf(await readAllPages(doc)).paragraphs.map(({ label, part }) => ({ label, part }));
  } finally {
    await doc.cleanup();
  }
}

/** The labels the node segmenter finds in a file: the viewer must show exactly these. */
async function labelsByNode(file: string): Promise<string[]> {
  const doc = await openPdf(new Uint8Array(readFileSync(file)));
  try {
    return [...new Set(segmentPdf(await readAllPages(doc)).paragraphs.map((paragraph) => paragraph.label))];
  } finally {
    await doc.cleanup();
  }
}

/** True when the element's box lies inside the scrolling pages' visible box. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const container = document.getElementById('viewerContainer');
    if (!element || !container) return false;
    const box = element.getBoundingClientRect();
    const view = container.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom && box.height > 0;
  }, selector);
}

/** Vertical distance between a badge's middle and the middle of the text-layer run that starts its line. */
function badgeToLineOffset(page: Page, label: string): Promise<number | null> {
  return page.evaluate((wanted) => {
    const badge = document.querySelector(`[data-wsis-para="${wanted}"]`);
    const pageDiv = badge?.closest('.page');
    if (!badge || !pageDiv) return null;
    const spans = [...pageDiv.querySelectorAll('.textLayer span')].filter(
      (span) => span.textContent?.trim().startsWith(`${wanted}.`) && span.getBoundingClientRect().height > 0,
    );
    const b = badge.getBoundingClientRect();
    const middle = b.top + b.height / 2;
    const offsets = spans.map((span) => {
      const r = span.getBoundingClientRect();
      return Math.abs(r.top + r.height / 2 - middle) / Math.max(1, r.height);
    });
    return offsets.length ? Math.min(...offsets) : null;
  }, label);
}

describe('PDF viewer', () => {
  let browser: ViewerBrowser;
  let syntheticLabels: string[];
  let l41Labels: string[];

  before(async () => {
    browser = await launchViewerBrowser();
    browser.serve(DESA_REV2, { body: readFileSync(SYNTHETIC) });
    browser.serve(L41, { body: readFileSync(REAL_L41) });
    browser.serve(ODS_FINAL, { body: readFileSync(REAL_L41) });
    browser.serve(DESA_ANNEX, { body: readFileSync(ANNEX_PDF) });
    browser.serve(OTHER_RESOLUTION, { body: readFileSync(ANNEX_PDF) });
    syntheticLabels = await labelsByNode(SYNTHETIC);
    l41Labels = await labelsByNode(REAL_L41);
  });

  after(async () => {
    await browser?.close();
  });

  it('Chromium accepts every redirect rule (none over the regex memory limit)', async () => {
    assert.equal(await waitForRedirectRules(browser.worker), WSIS_PDF_URL_REGEXES.length);
  });

  it('a DESA Rev2 address lands in the viewer, with one badge per paragraph the segmenter finds', async () => {
    const page = await openInViewer(browser, DESA_REV2);
    try {
      assert.equal(page.url(), `${browser.viewerPage()}?file=${DESA_REV2}`);
      assert.ok(syntheticLabels.length > 10);
      assert.equal(await badgeCount(page), syntheticLabels.length);
      const shown = await page.locator('[data-wsis-para]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-wsis-para')));
      assert.deepEqual([...shown].sort(), [...syntheticLabels].sort());
      // Badges are named buttons, and nothing else carries data-wsis-para.
      assert.equal(await page.locator('button.wsis-badge[data-wsis-para][aria-label^="Paragraph "]').count(), syntheticLabels.length);
      assert.equal(await page.getByRole('button', { name: 'Paragraph 12', exact: true }).count(), 1);
      assert.match(await page.title(), /^Rev\.2 · WSIS\+20 outcome document/);
      assert.equal(await page.inputValue('#wsis-original-address'), DESA_REV2);
      assert.ok(Number(await page.getAttribute('[data-wsis-page-count]', 'data-wsis-page-count')) > 1);
    } finally {
      await page.close();
    }
  });

  it('#para=98 on the original address scrolls paragraph 98 into view', async () => {
    const page = await openInViewer(browser, `${DESA_REV2}#para=98`);
    try {
      assert.match(page.url(), /#para=98$/);
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="98"]')?.classList.contains('is-active'));
      await page.waitForTimeout(300);
      assert.equal(await inView(page, '[data-wsis-para="98"]'), true);
      assert.notEqual(await page.inputValue('.wsis-pages__input'), '1');
    } finally {
      await page.close();
    }
  });

  it('#page=3 on the original address opens page 3', async () => {
    const page = await openInViewer(browser, `${DESA_REV2}#page=3`);
    try {
      assert.equal(await page.inputValue('.wsis-pages__input'), '3');
    } finally {
      await page.close();
    }
  });

  it('badges stay on their paragraph\'s first line at every zoom level', async () => {
    const page = await openInViewer(browser, `${DESA_REV2}#para=12`);
    try {
      for (const zoom of ['1', '2', '0.75', 'page-width']) {
        await page.selectOption('select[aria-label="Zoom level"]', zoom);
        await page.evaluate(() => document.querySelector('[data-wsis-para="12"]')?.scrollIntoView({ block: 'center' }));
        // Wait for the page to be drawn at the new scale (its text layer is hidden while it re-renders).
        let offset: number | null = null;
        for (let tries = 0; tries < 50; tries++) {
          offset = await badgeToLineOffset(page, '12');
          if (offset !== null && offset < 0.5) break;
          await page.waitForTimeout(100);
        }
        assert.ok(offset !== null && offset < 0.5, `zoom ${zoom}: badge is ${offset} line heights off its line`);
      }
    } finally {
      await page.close();
    }
  });

  it('a badge stays on top, and clickable, while pdf.js draws its page (its loading overlay)', async () => {
    const page = await openInViewer(browser, `${DESA_REV2}#para=12`);
    try {
      await waitForIndex(page);
      // pdf.js covers a page being drawn with a full-page ::after (a spinner, after a short delay); a
      // press before it shows and a release after it would lose the click.
      const onTop = await page.evaluate(() => {
        const badge = document.querySelector<HTMLElement>('[data-wsis-para="12"]');
        const pageDiv = badge?.closest<HTMLElement>('.page');
        if (!badge || !pageDiv) return 'no badge';
        pageDiv.style.setProperty('--loading-icon-delay', '0s');
        pageDiv.classList.add('loadingIcon', 'loading');
        const box = badge.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit === badge ? 'badge' : (hit?.className ?? 'nothing');
      });
      assert.equal(onTop, 'badge');
      await page.locator('[data-wsis-para="12"]').click();
      await page.locator('[data-wsis-card]').waitFor();
    } finally {
      await page.close();
    }
  });

  it('the card copies a link that reopens the viewer at the paragraph, the citation, and the paragraph as a quote', async () => {
    const page = await openInViewer(browser, DESA_REV2);
    try {
      await page.locator('[data-wsis-para="98"]').click();
      const card = page.locator('[data-wsis-card]');
      await card.waitFor();
      assert.match((await card.textContent()) ?? '', /Paragraph98/);
      const link = await page.getAttribute('[data-wsis-link="copy-link"]', 'value');
      assert.equal(link, `${DESA_REV2}#para=98`);
      assert.equal(await page.getAttribute('[data-wsis-link="paragraph-link"]', 'href'), link);
      assert.equal(await page.getAttribute('[data-wsis-link="copy-citation"]', 'value'), 'WSIS+20 outcome document, Rev.2, para. 98');
      // The words as read (not the PDF's text selection), quoted, with the citation.
      assert.match((await page.getAttribute('[data-wsis-link="copy-quote"]', 'value')) ?? '', /^“[A-Z][^“”]{40,}[.;,]” \(WSIS\+20 outcome document, Rev\.2, para\. 98\)$/);
      await page.locator('[data-wsis-link="copy-link"]').click();
      await page.getByText('Link copied').waitFor();
      // No earlier revision is served here: the card says it could not compare, rather than invent a change.
      await card.locator('[data-wsis-section="changes"]').getByText(/compare/).waitFor();
      assert.equal(await card.locator('[data-wsis-change]').count(), 0);

      const reopened = await openInViewer(browser, link ?? '');
      try {
        await reopened.waitForFunction(() => document.querySelector('[data-wsis-para="98"]')?.classList.contains('is-active'));
        assert.equal(await inView(reopened, '[data-wsis-para="98"]'), true);
      } finally {
        await reopened.close();
      }
    } finally {
      await page.close();
    }
  });

  it('j / k step through paragraphs, g 12 Enter jumps, Esc closes the card', async () => {
    const page = await openInViewer(browser, DESA_REV2);
    const cardLabel = () => page.locator('[data-wsis-card] .wsis-card__title').textContent();
    try {
      await page.locator('[data-wsis-para="98"]').click();
      await page.keyboard.press('j');
      assert.equal(await cardLabel(), '99');
      await page.keyboard.press('k');
      await page.keyboard.press('k');
      assert.equal(await cardLabel(), '97');
      for (const key of ['g', '1', '2', 'Enter']) await page.keyboard.press(key);
      assert.equal(await cardLabel(), '12');
      await page.waitForTimeout(300);
      assert.equal(await inView(page, '[data-wsis-para="12"]'), true);
      await page.keyboard.press('Escape');
      assert.equal(await page.locator('[data-wsis-card]').count(), 0);
      // A number the document lacks: said, for a few seconds, and nothing opens.
      for (const key of ['g', '9', '9', '9', 'Enter']) await page.keyboard.press(key);
      await page.locator('.wsis-goto', { hasText: 'There is no paragraph 999 in this document.' }).waitFor();
      assert.equal(await page.locator('[data-wsis-card]').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('the paragraph index lists the labels and scrolls to one on click', async () => {
    const page = await openInViewer(browser, DESA_REV2);
    try {
      assert.equal(await page.locator('[data-index-label]').count(), syntheticLabels.length);
      await page.locator('[data-index-label="60"]').click();
      await page.waitForTimeout(300);
      assert.equal(await inView(page, '[data-wsis-para="60"]'), true);
      // The index can be folded away.
      await page.getByRole('button', { name: 'Paragraph index' }).click();
      assert.equal(await page.locator('[data-index-label]').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('Ctrl+F finds text anywhere in the document, text selection works', async () => {
    const page = await openInViewer(browser, L41);
    try {
      await page.keyboard.press('Control+f');
      await page.locator('#wsis-find-input').fill('Internet Governance Forum');
      await page.waitForFunction(() => /of \d+/.test(document.querySelector('.wsis-findbar__result')?.textContent ?? ''));
      await page.waitForSelector('.textLayer .highlight');
      // The text layer is selectable text.
      const selected = await page.evaluate(() => {
        const span = document.querySelector('.textLayer span');
        if (!span) return '';
        const range = document.createRange();
        range.selectNodeContents(span);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return getSelection()?.toString() ?? '';
      });
      assert.ok(selected.trim().length > 0);
    } finally {
      await page.close();
    }
  });

  it('"Open in the browser\'s viewer" shows the original PDF, not redirected back', async () => {
    const page = await openInViewer(browser, `${DESA_REV2}#para=98`);
    try {
      const hitsBefore = browser.hits(DESA_REV2);
      await page.getByRole('button', { name: "Open in the browser's viewer" }).click();
      await page.waitForURL((url) => url.href.startsWith(DESA_REV2), { timeout: 10_000, waitUntil: 'commit' });
      await page.waitForTimeout(1000);
      assert.ok(page.url().startsWith(DESA_REV2), `ended at ${page.url()}`);
      assert.ok(browser.hits(DESA_REV2) > hitsBefore, 'the browser loaded the original itself');
      // A reload in that tab stays in the browser's viewer too.
      await page.reload();
      await page.waitForTimeout(500);
      assert.ok(page.url().startsWith(DESA_REV2));
      // Another tab is still redirected.
      const other = await openInViewer(browser, DESA_REV2);
      await other.close();
    } finally {
      await page.close();
    }
  });

  it('a link to a WSIS PDF, on a UN page or on another site, opens it in the viewer', async () => {
    const linkPage = `<!doctype html><title>Drafts</title><a id="draft" href="${DESA_REV2}#para=98">Rev2 clean</a>`;
    for (const from of ['https://publicadministration.desa.un.org/wsis20', 'https://dig.watch/wsis20-drafts']) {
      browser.serve(from, { body: linkPage, contentType: 'text/html; charset=utf-8' });
      const page = await browser.context.newPage();
      try {
        await page.goto(from);
        await page.click('#draft');
        await page.waitForURL((url) => url.href.startsWith(browser.viewerPage()), { timeout: 10_000 });
        assert.equal(page.url(), `${browser.viewerPage()}?file=${DESA_REV2}#para=98`, from);
        await waitForIndex(page);
        assert.equal(await badgeCount(page), syntheticLabels.length, from);
      } finally {
        await page.close();
      }
    }
  });

  it('A/80/L.41 at docs.un.org: 134 badges, PP1–PP7 and 1–127', async () => {
    const page = await openInViewer(browser, L41);
    try {
      assert.equal(await badgeCount(page), l41Labels.length);
      assert.equal(l41Labels.length, 134);
      for (const label of ['PP1', 'PP7', '1', '98', '127']) {
        assert.equal(await page.locator(`[data-wsis-para="${label}"]`).count(), 1, label);
      }
      assert.match(await page.title(), /^A\/80\/L\.41 · WSIS\+20 outcome document/);
    } finally {
      await page.close();
    }
  });

  it('an annex that restarts the numbering: one badge per paragraph, annex ones keyed A1:N', async () => {
    const expected = await paragraphsByNode(ANNEX_PDF);
    const truth = (JSON.parse(readFileSync(ANNEX_PDF.replace(/\.pdf$/, '.json'), 'utf8')) as { paragraphs: { label: string; part: number }[] })
      .paragraphs;
    assert.deepEqual(expected, truth.map(({ label, part }) => ({ label, part })));
    assert.ok(expected.some((paragraph) => paragraph.part > 0));
    const page = await openInViewer(browser, `${DESA_ANNEX}#para=A1:3`);
    try {
      assert.equal(await badgeCount(page), expected.length);
      const shown = await page.locator('[data-wsis-para]').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-wsis-para')));
      const keys = expected.map(({ label, part }) => (part > 0 ? `A${part}:${label}` : label));
      assert.deepEqual([...shown].sort(), [...keys].sort());
      assert.equal(await page.getByRole('button', { name: 'Paragraph 2', exact: true }).count(), 1);
      assert.equal(await page.getByRole('button', { name: 'Annex paragraph 3', exact: true }).count(), 1);
      // The deep link went to the annex's paragraph 3, not the main text's.
      await page.waitForFunction(() => document.querySelector('[data-wsis-para="A1:3"]')?.classList.contains('is-active'));
      // The index lists every paragraph, the annex's under an "Annex" group.
      assert.equal(await page.locator('[data-index-label]').count(), expected.length);
      const annexGroup = page.locator('.wsis-index__group--annex');
      assert.equal(await annexGroup.locator('.wsis-index__heading--part').textContent(), 'Annex');
      assert.equal(await annexGroup.locator('[data-index-label]').count(), expected.filter((p) => p.part === 1).length);
      // Navigation crosses into the annex and back: k from A1:PP1 is the main text's 2; g A1:3 Enter.
      const cardLabel = () => page.locator('[data-wsis-card] .wsis-card__title').textContent();
      await page.locator('[data-wsis-para="A1:PP1"]').click();
      assert.equal(await cardLabel(), 'A1:PP1');
      await page.keyboard.press('k');
      assert.equal(await cardLabel(), '2');
      await page.keyboard.press('j');
      assert.equal(await cardLabel(), 'A1:PP1');
      for (const key of ['g', 'a', '1', ':', '3', 'Enter']) await page.keyboard.press(key);
      assert.equal(await cardLabel(), 'A1:3');
      assert.match(await page.getAttribute('[data-wsis-link="copy-link"]', 'value') ?? '', /#para=A1%3A3$/);
    } finally {
      await page.close();
    }
  });

  it('the ODS address keeps its whole query through the redirect', async () => {
    const page = await openInViewer(browser, ODS_FINAL);
    try {
      assert.equal(await page.inputValue('#wsis-original-address'), ODS_FINAL);
      assert.equal(await badgeCount(page), l41Labels.length);
    } finally {
      await page.close();
    }
  });

  it('the popup opens another resolution on a UN host in the viewer, at the page its address names', async () => {
    const tab = await browser.context.newPage();
    const popup = await browser.context.newPage();
    try {
      await tab.goto(`${OTHER_RESOLUTION}#page=2`);
      await tab.waitForTimeout(500);
      assert.ok(tab.url().startsWith(OTHER_RESOLUTION), `not a WSIS+20 symbol, so not redirected: ${tab.url()}`);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.waitForSelector('[data-wsis-popup="refined"]');
      assert.equal(await popup.locator('[data-wsis-open-tab]').count(), 0, 'no offer while the popup itself is the active tab');
      // The popup reads the active tab when it opens: the resolution's tab is in front now.
      await tab.bringToFront();
      await popup.reload();
      await popup.getByRole('button', { name: 'Open this PDF in WSIS Lens' }).click();
      await tab.waitForURL((url) => url.href.startsWith(browser.viewerPage()), { timeout: 10_000 });
      assert.equal(new URL(tab.url()).hash, '#page=2');
      await waitForIndex(tab);
      const expected = await paragraphsByNode(ANNEX_PDF);
      assert.equal(await badgeCount(tab), expected.length, 'one badge per paragraph of a resolution WSIS Lens does not know');
      assert.match((await tab.locator('body').textContent()) ?? '', /not a known WSIS\+20 draft/);
      assert.equal(await tab.inputValue('.wsis-pages__input'), '2');
    } finally {
      await popup.close().catch(() => undefined);
      await tab.close();
    }
  });

  it('the popup switch turns interception off and on again', async () => {
    const popup = await browser.context.newPage();
    try {
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const toggle = popup.getByLabel('Open WSIS PDFs in WSIS Lens');
      await toggle.waitFor();
      assert.equal(await toggle.isChecked(), true);
      await toggle.uncheck();
      assert.equal(await waitForRedirectRules(browser.worker, false), 0);
      const page = await browser.context.newPage();
      await page.goto(DESA_REV2);
      await page.waitForTimeout(800);
      assert.ok(page.url().startsWith(DESA_REV2), `ended at ${page.url()}`);
      await page.close();
      await toggle.check();
      assert.equal(await waitForRedirectRules(browser.worker, true), WSIS_PDF_URL_REGEXES.length);
      await (await openInViewer(browser, DESA_REV2)).close();
    } finally {
      await popup.close();
    }
  });
});

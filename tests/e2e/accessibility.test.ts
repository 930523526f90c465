// Accessibility of every surface in real Chromium: axe-core runs in the popup (empty, and with a changed
// watch), the options page, the PDF viewer (a card with positions, the paragraph index, the position form
// with an error, the find bar; a 404; a stakeholder input's references), the compare view, and WSIS pages
// with the overlay (badges and chips in its open shadow root; card.html audited in its own frame).
// Violations of impact moderate or worse fail; minor ones and anything left out are printed. Tabbing
// through each surface, every stop must show a focus ring (axe does not check that).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Frame, Locator, Page } from 'playwright-core';
import { compareAddress } from '../../utils/viewer-url.ts';
import { ROOT } from './harness.ts';
import { launchViewerBrowser, openInViewer, waitForComparison, type ViewerBrowser } from './viewer-support.ts';

const AXE_SOURCE = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

const FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const REV1 = `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`;
const REV2 = `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`;
const GONE = `${FILES}/Rev2/WSIS%2B20_Gone.pdf`;
const INPUT = `${FILES}/Inputs%20to%20Rev2/Testland_inputs%20to%20Rev2.pdf`;
const MAIN_PAGE = 'https://publicadministration.desa.un.org/wsis20';
/** A resolution WSIS Lens does not redirect: the popup offers to open it. */
const OTHER_RESOLUTION = 'https://docs.un.org/en/A/RES/79/1';
const P_TEXT = 'https://publicadministration.desa.un.org/wsis20/outcome-document-text';
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/revision-set', name));

/** Impacts that fail the audit. */
const FAILING = new Set(['moderate', 'serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * Runs axe in a page or frame (evaluated over the DevTools protocol, so an extension page's CSP does not
 * stop it) and returns the violations, after printing what was left out.
 */
async function audit(target: Page | Frame, surface: string, exclude: { selector: string; why: string }[] = []): Promise<Violation[]> {
  await target.evaluate(AXE_SOURCE);
  for (const { selector, why } of exclude) console.log(`[a11y] ${surface}: excluded ${selector} (${why})`);
  if (exclude.length === 0) console.log(`[a11y] ${surface}: the whole page audited, nothing excluded`);
  const { violations, incomplete } = (await target.evaluate(
    async (excluded) => {
      const axe = (globalThis as unknown as { axe: { run(context: object, options: object): Promise<{ violations: unknown[]; incomplete: unknown[] }> } }).axe;
      const result = await axe.run({ include: [document], exclude: excluded.map((selector) => [selector]) }, { iframes: false, resultTypes: ['violations'] });
      return { violations: result.violations, incomplete: result.incomplete };
    },
    exclude.map((entry) => entry.selector),
  )) as { violations: Violation[]; incomplete: Violation[] };
  // What axe could not decide (a contrast over an image, a name it cannot see): printed for a human to review.
  for (const check of incomplete) console.log(`[a11y] ${surface}: needs review, ${check.id} ×${check.nodes.length} ${check.nodes[0]?.html.slice(0, 120) ?? ''}`);
  for (const violation of violations) {
    console.log(`[a11y] ${surface}: ${violation.impact} ${violation.id} — ${violation.help}`);
    for (const node of violation.nodes.slice(0, 5)) console.log(`    ${JSON.stringify(node.target)} ${node.html.slice(0, 160)}`);
  }
  return violations;
}

/** The focused element, through open shadow roots (not into frames), described and whether a focus ring shows. */
function focused(): { id: number; what: string; ring: boolean } | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  if (!element || element === document.body || element.localName === 'iframe') return null;
  // Each element numbered once, so the walk stops where it came round again.
  const store = globalThis as unknown as { wsisStops?: { ids: WeakMap<Element, number>; next: number } };
  store.wsisStops ??= { ids: new WeakMap(), next: 0 };
  if (!store.wsisStops.ids.has(element)) store.wsisStops.ids.set(element, store.wsisStops.next++);
  const id = store.wsisStops.ids.get(element) ?? -1;
  const style = getComputedStyle(element);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
  return { id, what: `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} "${name}"`, ring };
}

/**
 * Tabs through a page (at most `steps` stops) and returns the stops that show no focus ring: a
 * keyboard user would lose their place there. Axe does not check this.
 */
async function stopsWithoutFocusRing(page: Page, surface: string, steps = 40): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const missing: string[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focused);
    if (!stop) continue;
    if (seen.has(stop.id)) break;
    seen.add(stop.id);
    if (!stop.ring) missing.push(stop.what);
  }
  console.log(`[a11y] ${surface}: ${seen.size} tab stops checked for a focus ring`);
  return missing;
}

/** A word diff is a named group whose insertions and deletions a screen reader says as such. */
async function assertDiffSpoken(diff: Locator, name: RegExp): Promise<void> {
  const spoken = await diff.ariaSnapshot();
  assert.match(/^- group "([^"]*)"/.exec(spoken)?.[1] ?? '', name, spoken);
  assert.match(spoken, /- insertion: "\[inserted: [^\]]+\]"/, spoken);
  assert.match(spoken, /- deletion: "\[deleted: [^\]]+\]"/, spoken);
}

function assertClean(violations: Violation[], surface: string): void {
  const failing = violations.filter((violation) => FAILING.has(violation.impact ?? ''));
  assert.deepEqual(
    failing.map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
    [],
    `${surface}: accessibility violations`,
  );
}

describe('accessibility', () => {
  let browser: ViewerBrowser;

  before(async () => {
    browser = await launchViewerBrowser();
    browser.serve(REV1, { body: fixture('rev1.pdf') });
    browser.serve(REV2, { body: fixture('rev2-clean.pdf') });
    browser.serve(GONE, { body: 'gone', status: 404, contentType: 'text/html' });
    browser.serve(OTHER_RESOLUTION, { body: readFileSync(path.join(ROOT, 'tests/fixtures/synthetic/declaration-in-annex.pdf')) });
    browser.serve(INPUT, { body: readFileSync(path.join(ROOT, 'tests/fixtures/stakeholder-input/testland-inputs-rev2.pdf')) });
    const page = (name: string) => ({ body: readFileSync(path.join(ROOT, 'tests/fixtures/pages', name)), contentType: 'text/html; charset=utf-8' });
    browser.serve(MAIN_PAGE, page('wsis20-main.html'));
    browser.serve(P_TEXT, page('wsis20-rev2-text.html'));
  });

  after(async () => {
    await browser?.close();
  });

  async function openPopup(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForSelector('[data-wsis-popup="refined"]', { timeout: 20_000 });
    return page;
  }

  it('the popup with nothing watched, its backup and sync panel open', async () => {
    const page = await openPopup();
    try {
      await page.locator('[data-wsis-watch-empty]').waitFor();
      await page.locator('details.more summary').click();
      assertClean(await audit(page, 'popup (empty)'), 'popup (empty)');
      assert.deepEqual(await stopsWithoutFocusRing(page, 'popup'), [], 'popup: focus is visible at every tab stop');
    } finally {
      await page.close();
    }
  });

  it('the popup offering to open the active tab’s UN PDF', async () => {
    const tab = await browser.context.newPage();
    const popup = await browser.context.newPage();
    try {
      await tab.goto(OTHER_RESOLUTION);
      await tab.bringToFront(); // the popup reads the active tab when it opens
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.locator('[data-wsis-open-tab]').waitFor({ timeout: 20_000 });
      assertClean(await audit(popup, 'popup (open this PDF)'), 'popup (open this PDF)');
    } finally {
      await popup.close();
      await tab.close();
    }
  });

  it('the viewer: a card with positions, the paragraph index, the position form with an error, the find bar', async () => {
    const page = await openInViewer(browser, REV2);
    try {
      await waitForComparison(page);
      await page.locator('[data-index-label]').first().waitFor();
      await page.locator('[data-wsis-para="98"]').click();
      const card = page.locator('[data-wsis-card]');
      await card.locator('[data-wsis-section="positions"] [data-wsis-origin]').first().waitFor();
      assertClean(await audit(page, 'viewer with card'), 'viewer with card');
      assert.deepEqual(await stopsWithoutFocusRing(page, 'viewer', 80), [], 'viewer: focus is visible at every tab stop');

      await card.locator('[data-wsis-add-position]').click();
      const form = card.locator('[data-wsis-position-form]');
      await form.locator('[name="stakeholder"]').fill('Delegation of Testland');
      await form.locator('[name="summary"]').fill('Keep the Forum permanent');
      await form.locator('[name="sourceUrl"]').fill('javascript:alert(1)');
      await form.locator('[data-wsis-save-position]').click();
      await form.locator('[data-wsis-form-errors]').waitFor();
      assertClean(await audit(page, 'viewer, position form with an error'), 'viewer, position form with an error');
      await form.locator('[name="sourceUrl"]').fill('https://testland.example/igf');
      await form.locator('[data-wsis-save-position]').click();
      await card.locator('[data-wsis-origin="own"]').waitFor();

      await page.locator('#viewerContainer').focus();
      await page.keyboard.press('Control+f');
      await page.locator('#wsis-find-input').fill('Internet Governance Forum');
      await page.keyboard.press('Enter');
      assertClean(await audit(page, 'viewer, find bar'), 'viewer, find bar');
    } finally {
      await page.close();
    }
  });

  it('the viewer by keyboard: a badge opened with Enter puts the focus in the card; Esc or Close gives it back to the badge; "?" lists the keys', async () => {
    const page = await openInViewer(browser, REV2);
    const focus = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('[data-wsis-card]') ? `card: ${active.getAttribute('aria-label') ?? active.textContent}` : `badge ${active?.getAttribute('data-wsis-para')}`;
      });
    try {
      await page.locator('[data-wsis-para="98"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-wsis-card]').waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('[data-wsis-card]'));
      assert.equal(await focus(), 'card: Close');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focus(), 'card: Next paragraph', 'Tab moves within the card');
      await page.keyboard.press('j');
      await page.locator('[data-wsis-card] h2', { hasText: /^99$/ }).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('[data-wsis-card]').waitFor({ state: 'detached' });
      assert.equal(await focus(), 'badge 99', 'back on the badge of the paragraph last shown');

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.closest('[data-wsis-card]'));
      await page.keyboard.press('Enter'); // on Close
      await page.locator('[data-wsis-card]').waitFor({ state: 'detached' });
      assert.equal(await focus(), 'badge 99');

      // "?" lists the keys, with the focus in the list; Esc closes it and the focus comes back.
      await page.keyboard.press('?');
      const help = page.locator('[data-wsis-shortcuts]');
      await help.waitFor();
      assert.match((await help.textContent()) ?? '', /g 98 Enter.*Go to paragraph 98/);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Close keyboard shortcuts');
      assertClean(await audit(page, 'viewer, keyboard shortcuts'), 'viewer, keyboard shortcuts');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
      assert.equal(await focus(), 'badge 99');
    } finally {
      await page.close();
    }
  });

  it('the popup with a watched paragraph that changed', async () => {
    const viewer = await openInViewer(browser, REV1);
    await viewer.locator('[data-wsis-para="98"]').click();
    await viewer.waitForFunction(() => {
      const toggle = document.querySelector<HTMLButtonElement>('[data-wsis-card] [data-wsis-watch]');
      return toggle && !toggle.disabled;
    });
    await viewer.locator('[data-wsis-card] [data-wsis-watch]').click();
    await viewer.waitForFunction(() => document.querySelector('[data-wsis-card] [data-wsis-watch]')?.getAttribute('aria-pressed') === 'true');
    await viewer.locator('[data-wsis-card] [data-wsis-watch-note]').fill('Ask the mission.');
    await viewer.locator('[data-wsis-card] [data-wsis-watch]').focus();
    await viewer.locator('[data-wsis-card] [data-wsis-watch-note-state="saved"]').waitFor();
    // Rev.2 was read before: the card's history is there; audited open.
    await viewer.locator('[data-wsis-card] [data-wsis-section="history"] summary').click();
    await viewer.locator('[data-wsis-card] [data-wsis-history="rev2"]').waitFor();
    assertClean(await audit(viewer, 'viewer, card with a watch, a note and the history'), 'viewer, card with a watch, a note and the history');
    // Reached by the keyboard, the history's summary shows where the focus is.
    await viewer.locator('[data-wsis-card] [data-wsis-section="history"] summary').focus();
    await viewer.keyboard.press('Shift+Tab');
    await viewer.keyboard.press('Tab');
    const stop = await viewer.evaluate(focused);
    assert.match(stop?.what ?? '', /^summary/);
    assert.ok(stop?.ring, 'the history summary shows a focus ring');
    await viewer.close();
    const page = await openPopup();
    try {
      const diff = page.locator('[data-wsis-watch-item] [data-wsis-diff]').first();
      await diff.waitFor({ timeout: 20_000 });
      await assertDiffSpoken(diff, /^Changes to ¶100$/);
      await page.locator('[data-wsis-drafts] summary').click();
      await page.locator('[data-wsis-draft]').first().waitFor();
      assertClean(await audit(page, 'popup (a changed watch, the drafts read)'), 'popup (a changed watch, the drafts read)');
      assert.deepEqual(await stopsWithoutFocusRing(page, 'popup'), [], 'popup: focus is visible at every tab stop');
    } finally {
      await page.close();
    }
  });

  it('the viewer: a card saying what changed since Rev.1, with the word diff', async () => {
    const page = await openInViewer(browser, REV2);
    try {
      assert.equal(await waitForComparison(page), 'ready');
      await page.locator('[data-wsis-para="98"]').click();
      await assertDiffSpoken(page.locator('[data-wsis-card] [data-wsis-section="changes"] [data-wsis-diff]'), /^Changes since Rev\.1$/);
      assertClean(await audit(page, 'viewer, card with changes'), 'viewer, card with changes');
    } finally {
      await page.close();
    }
  });

  it('the options page (Positions and packs) with a position of the reader’s', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await page.locator('#own-heading', { hasText: /\(1\)$/ }).waitFor();
      assertClean(await audit(page, 'options'), 'options');
      assert.deepEqual(await stopsWithoutFocusRing(page, 'options'), [], 'options: focus is visible at every tab stop');
    } finally {
      await page.close();
    }
  });

  it('the viewer on an address that answers 404', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(GONE);
      await page.waitForURL((url) => url.href.startsWith(browser.viewerPage()), { timeout: 10_000 });
      await page.locator('[role="alert"][data-wsis-problem]').waitFor({ timeout: 15_000 });
      assertClean(await audit(page, 'viewer (404)'), 'viewer (404)');
      assert.deepEqual(await stopsWithoutFocusRing(page, 'viewer (404)'), [], 'viewer (404): focus is visible at every tab stop');
    } finally {
      await page.close();
    }
  });

  it('the viewer on a stakeholder input, its references panel', async () => {
    const page = await openInViewer(browser, INPUT);
    try {
      await page.locator('[data-wsis-references] a[data-wsis-reference]').first().waitFor();
      assertClean(await audit(page, 'viewer (stakeholder input)'), 'viewer (stakeholder input)');
    } finally {
      await page.close();
    }
  });

  it('the compare view', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(compareAddress(browser.viewerPage(), REV1, REV2));
      await page.locator('[data-wsis-filter="modified"]').waitFor({ timeout: 60_000 });
      await assertDiffSpoken(page.locator('[data-wsis-change-unit="modified"] [data-wsis-diff]').first(), /^Changes in (¶|PP)/);
      assertClean(await audit(page, 'compare'), 'compare');
      assert.deepEqual(await stopsWithoutFocusRing(page, 'compare'), [], 'compare: focus is visible at every tab stop');
    } finally {
      await page.close();
    }
  });

  it('a WSIS page with the overlay, and its card', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(P_TEXT);
      const badge = page.getByRole('button', { name: /^Paragraph 98(, has positions)?$/ });
      await badge.waitFor({ timeout: 15_000 });
      assert.deepEqual(await stopsWithoutFocusRing(page, 'WSIS page'), [], 'WSIS page: focus is visible at every tab stop');
      await badge.click();
      const frameElement = page.locator('wsis-lens-root iframe.card-frame');
      await page.frameLocator('wsis-lens-root iframe.card-frame').locator('[data-wsis-card]').waitFor({ timeout: 10_000 });
      const frame = await (await frameElement.elementHandle())!.contentFrame();
      assert.ok(frame, 'the card frame');
      const pageViolations = await audit(page, 'WSIS page with overlay');
      const cardViolations = await audit(frame, 'card.html in the overlay');
      assertClean(pageViolations, 'WSIS page with overlay');
      assertClean(cardViolations, 'card.html in the overlay');
    } finally {
      await page.close();
    }
  });

  it('the WSIS+20 page with its document chips and the indicator', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(MAIN_PAGE);
      await page.locator('[data-wsis-doc-chip]').first().waitFor({ timeout: 15_000 });
      await page.locator('[data-wsis-indicator]').waitFor({ timeout: 15_000 });
      assertClean(await audit(page, 'WSIS+20 page with chips'), 'WSIS+20 page with chips');
      assert.deepEqual(await stopsWithoutFocusRing(page, 'WSIS+20 page'), [], 'WSIS+20 page: focus is visible at every tab stop');
    } finally {
      await page.close();
    }
  });
});

// Paragraph badges and document chips on the DESA WSIS+20 pages, in real Chromium with the built extension.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { segmentDom } from '../../utils/paragraphs/from-dom.ts';
import {
  ROOT,
  countIndicatorHosts,
  launchWithExtension,
  runContentScriptAgain,
  serveUnPages,
  waitForContentScript,
  type ExtensionBrowser,
} from './harness.ts';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures/pages', name);

const DESA = 'https://publicadministration.desa.un.org';
const FILES = `${DESA}/sites/default/files/2021-04/2025`;
const MAIN = `${DESA}/wsis20`;
const P_TEXT = `${DESA}/wsis20/outcome-document-text`;
const OL_TEXT = `${DESA}/wsis20/outcome-document-list`;
const NON_WSIS = `${DESA}/en/public-service-awards`;
const CSP_TEXT = `${DESA}/wsis20/outcome-document-csp`;
const INSERTED_TEXT = `${DESA}/wsis20/outcome-document-inserted`;
/** A draft with paragraphs inserted in negotiation without renumbering: labels up to "112quater". */
const INSERTED_PAGE = `<!DOCTYPE html><html lang="en"><head><title>WSIS+20 Outcome Document – Revision 3</title>
<style>main{max-width:720px;margin:0 auto;padding:0 80px}</style></head><body><main>
<h1>WSIS+20 Outcome Document – Revision 3</h1>
${[
  '111. We recognize the importance of meaningful connectivity.',
  '112. We commit to strengthening the multistakeholder model.',
  '112 bis. We call upon all stakeholders to support digital skills.',
  '112 ter. We encourage the sharing of good practices.',
  '112 quater. We invite the Secretary-General to report on progress.',
  '113. We decide to remain seized of the matter.',
]
  .map((text) => `<p>${text}</p>`)
  .join('\n')}
</main></body></html>`;
const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'";

/** The paragraphs segmentDom finds in a fixture: the badges must show their labels. */
function fixtureParagraphs(name: string): { label: string; text: string }[] {
  const dom = new JSDOM(readFileSync(fixture(name), 'utf8'));
  return segmentDom(dom.window.document).paragraphs.map(({ label, text }) => ({ label, text }));
}

const badges = (page: Page) => page.locator('[data-wsis-para]');
/** The paragraph card: card.html in a frame in the overlay's shadow root. */
const cardIn = (page: Page) => page.frameLocator('wsis-lens-root iframe.card-frame');

async function waitForCardLabel(page: Page, label: string): Promise<void> {
  const title = cardIn(page).locator('[data-wsis-card] h2');
  const deadline = Date.now() + 5_000;
  while ((await title.textContent({ timeout: 5_000 })) !== label) {
    if (Date.now() > deadline) assert.equal(await title.textContent(), label);
    await page.waitForTimeout(20);
  }
}
const chips = (page: Page) => page.locator('[data-wsis-doc-chip]');

async function badgeLabels(page: Page): Promise<string[]> {
  return badges(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-wsis-para') ?? ''));
}

/** Waits until the overlay has placed its badges (they are hidden until then). */
async function waitForBadges(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const shadow = document.querySelector('wsis-lens-root')?.shadowRoot;
      const placed = [...(shadow?.querySelectorAll<HTMLElement>('[data-wsis-para]') ?? [])].filter((b) => b.style.visibility === '');
      return placed.length === n;
    },
    count,
    { timeout: 10_000 },
  );
}

/** Boxes of the page's own elements (not ours), and the document's size. */
function pageLayout(page: Page): Promise<string> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('main p, main li, main h1, main h2, main a')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].join(',');
    });
    const root = document.documentElement;
    return JSON.stringify({ w: root.scrollWidth, h: root.scrollHeight, boxes });
  });
}

describe('WSIS pages: paragraph badges and document chips', () => {
  let browser: ExtensionBrowser;
  const pParagraphs = fixtureParagraphs('wsis20-rev2-text.html');
  const olParagraphs = fixtureParagraphs('wsis20-ol-text.html');
  const pLabels = pParagraphs.map((p) => p.label);
  const olLabels = olParagraphs.map((p) => p.label);

  before(async () => {
    browser = await launchWithExtension();
    await serveUnPages(browser.context, {
      [MAIN]: fixture('wsis20-main.html'),
      [P_TEXT]: fixture('wsis20-rev2-text.html'),
      [OL_TEXT]: fixture('wsis20-ol-text.html'),
      [NON_WSIS]: fixture('desa-non-wsis.html'),
      [CSP_TEXT]: { file: fixture('wsis20-rev2-text.html'), headers: { 'Content-Security-Policy': STRICT_CSP } },
      [INSERTED_TEXT]: { body: INSERTED_PAGE },
    });
  });

  after(async () => {
    await browser?.close();
  });

  it('the fixtures have the paragraphs the tests expect', () => {
    assert.ok(pLabels.length > 100, `paragraphs in the <p> fixture: ${pLabels.length}`);
    assert.ok(pLabels.includes('98') && pLabels.includes('PP1'));
    assert.ok(olLabels.length > 100, `paragraphs in the <ol> fixture: ${olLabels.length}`);
  });

  it('shows a chip with the revision name and date after each link to a draft', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(MAIN);
      await chips(page).first().waitFor({ state: 'visible', timeout: 10_000 });
      const labels = await chips(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
      assert.deepEqual(labels, [
        'WSIS Lens: Elements Paper, 20 Jun 2025',
        'WSIS Lens: Zero Draft, 29 Aug 2025',
        'WSIS Lens: Rev.1, 7 Nov 2025',
        'WSIS Lens: Rev.2, 3 Dec 2025',
        'WSIS Lens: Rev.2, tracked changes, 3 Dec 2025',
        'WSIS Lens: A/RES/80/173, 17 Dec 2025',
      ]);
      // The final text, linked through undocs.org, opens at docs.un.org, where it redirects (and the extension may read).
      assert.equal(
        await chips(page).nth(5).locator('[data-wsis-chip-action="clean"]').getAttribute('href'),
        `chrome-extension://${browser.extensionId}/viewer.html?file=${encodeURIComponent('https://docs.un.org/en/A/RES/80/173')}`,
      );
      // Stakeholder inputs and pages get no chip; the chips live in the shadow root only.
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-wsis-doc-chip]').length), 0);
      // Beside its link: same line, just right of it.
      const rev2Link = page.locator(`a[href="${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf"]`);
      const linkBox = await rev2Link.boundingBox();
      const chipBox = await chips(page).nth(3).boundingBox();
      assert.ok(linkBox && chipBox);
      assert.ok(chipBox.x >= linkBox.x + linkBox.width && chipBox.x - (linkBox.x + linkBox.width) < 12, 'right after the link');
      assert.ok(Math.abs(chipBox.y + chipBox.height / 2 - (linkBox.y + linkBox.height / 2)) < 4, 'on the link line');
      // Compare with previous: Rev.2 against Rev.1, whose file the catalog lacks but this page links.
      const compare = chips(page).nth(3).locator('[data-wsis-chip-action="compare"]');
      const compareUrl = new URL((await compare.getAttribute('href')) ?? '');
      assert.equal(compareUrl.searchParams.get('file'), `${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`);
      assert.equal(compareUrl.searchParams.get('compare'), `${FILES}/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf`);
      assert.equal(await compare.getAttribute('title'), 'Compare with Rev.1 in WSIS Lens');
      // Rev.1 itself: the nearest earlier file is the Zero Draft.
      const rev1Compare = new URL((await chips(page).nth(2).locator('[data-wsis-chip-action="compare"]').getAttribute('href')) ?? '');
      assert.equal(rev1Compare.searchParams.get('compare'), `${FILES}/WSIS%2B20_ZERO_DRAFT.pdf`);
      // No watched paragraph changed: the chips say nothing about watches.
      assert.equal(await chips(page).locator('[data-wsis-chip-watches]').count(), 0);
      // The Elements Paper has nothing before it.
      assert.equal(await chips(page).nth(0).locator('[data-wsis-chip-action="compare"]').getAttribute('aria-disabled'), 'true');
      // Rev2 clean offers the catalog's tracked file; the Zero Draft has none.
      assert.match((await chips(page).nth(3).locator('[data-wsis-chip-action="tracked"]').getAttribute('href')) ?? '', /TrackChanges/);
      assert.equal(await chips(page).nth(1).locator('[data-wsis-chip-action="tracked"]').getAttribute('aria-disabled'), 'true');
    } finally {
      await page.close();
    }
  });

  it("a chip's clean action opens that file in the viewer", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(MAIN);
      const zeroDraft = chips(page).nth(1).locator('[data-wsis-chip-action="clean"]');
      await zeroDraft.waitFor({ state: 'visible', timeout: 10_000 });
      await zeroDraft.click();
      const expected = `chrome-extension://${browser.extensionId}/viewer.html?file=${encodeURIComponent(`${FILES}/WSIS%2B20_ZERO_DRAFT.pdf`)}`;
      await page.waitForURL(expected, { timeout: 10_000 });
    } finally {
      await page.close();
    }
  });

  for (const [name, url, labels] of [
    ['<p>', P_TEXT, () => pParagraphs],
    ['<ol>', OL_TEXT, () => olParagraphs],
  ] as const) {
    it(`shows one badge per numbered paragraph on the ${name} page, in the left margin of its first line`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(url);
        const paragraphs = labels();
        await waitForBadges(page, paragraphs.length);
        assert.deepEqual(await badgeLabels(page), paragraphs.map((p) => p.label));
        const badge = page.getByRole('button', { name: 'Paragraph 12', exact: true });
        assert.equal(await badge.getAttribute('data-wsis-para'), '12');
        await badge.scrollIntoViewIfNeeded();
        const badgeBox = await badge.boundingBox();
        // Paragraph 12 of the page: "12. …" in a <p>, or the twelfth item of the numbered list.
        const textBox = await page.evaluate(() => {
          // (No named helpers in here: tsx would wrap them in a __name the page does not have.)
          const el = [...document.querySelectorAll('main p, main ol:not([type]) > li')].find(
            (e) =>
              (e.localName === 'li'
                ? Number(e.parentElement?.getAttribute('start') ?? 1) + [...(e.parentElement?.children ?? [])].indexOf(e)
                : Number(/^\s*(\d+)/.exec(e.textContent ?? '')?.[1])) === 12,
          );
          const r = el?.getBoundingClientRect();
          return r ? { x: r.left, y: r.top } : null;
        });
        assert.ok(badgeBox && textBox);
        assert.ok(badgeBox.x + badgeBox.width <= textBox.x, 'left of the text');
        assert.ok(Math.abs(badgeBox.y - textBox.y) < 12, `on the first line: ${badgeBox.y} vs ${textBox.y}`);
      } finally {
        await page.close();
      }
    });
  }

  it('shows inserted paragraphs ("112 bis.", "112 quater.") as their own badges, each label whole in its badge', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(INSERTED_TEXT);
      await waitForBadges(page, 6);
      assert.deepEqual(await badgeLabels(page), ['111', '112', '112bis', '112ter', '112quater', '113']);
      // The label's own width (a range over its text), against the room inside the badge's border.
      const clipped = await badges(page).evaluateAll((els) =>
        els
          .filter((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return range.getBoundingClientRect().width > el.clientWidth;
          })
          .map((el) => `${el.textContent}: ${el.clientWidth}px`),
      );
      assert.deepEqual(clipped, [], 'labels wider than their badge');
      // The widest one stays in its run (which would clip it) and left of its paragraph's text.
      const quater = page.getByRole('button', { name: 'Paragraph 112quater', exact: true });
      const [badgeBox, runBox, textLeft] = await quater.evaluate((badge) => [
        badge.getBoundingClientRect().toJSON(),
        badge.parentElement!.getBoundingClientRect().toJSON(),
        [...document.querySelectorAll('main p')].find((p) => p.textContent!.startsWith('112 quater'))!.getBoundingClientRect().left,
      ]);
      assert.ok(badgeBox.left >= runBox.left, `inside its run: ${badgeBox.left} vs ${runBox.left}`);
      assert.ok(badgeBox.right <= textLeft, `left of the text: ${badgeBox.right} vs ${textLeft}`);
    } finally {
      await page.close();
    }
  });

  it('a badge opens the paragraph card, with a link and a citation to copy; buttons, j/k and Esc move and close it', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(P_TEXT);
      await waitForBadges(page, pLabels.length);
      await page.getByRole('button', { name: /^Paragraph 98(, has positions)?$/ }).click();
      // The card is the extension's card page, in a frame in the overlay's shadow root.
      const frameElement = page.locator('wsis-lens-root iframe.card-frame');
      assert.equal(await frameElement.getAttribute('src'), `chrome-extension://${browser.extensionId}/card.html`);
      const card = cardIn(page).locator('[data-wsis-card]');
      await card.waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await card.locator('h2').textContent(), '98');
      assert.equal(await card.locator('[data-wsis-link="copy-link"]').getAttribute('value'), `${P_TEXT}#para=98`);
      assert.equal(await card.locator('[data-wsis-link="copy-citation"]').getAttribute('value'), 'WSIS+20 outcome document, Rev.2, para. 98');
      // Docked at the top right, as tall as the card with its margins (the frame reports its height), at
      // most the window; never a transparent sheet over the page.
      await page.waitForFunction(() => {
        const frame = document.querySelector('wsis-lens-root')?.shadowRoot?.querySelector('iframe');
        return (frame?.getBoundingClientRect().height ?? 0) > 150;
      }, undefined, { timeout: 5_000 });
      const frameBox = await frameElement.boundingBox();
      const cardBox = await card.boundingBox();
      assert.ok(frameBox && cardBox);
      assert.ok(frameBox.x + frameBox.width >= 1280 - 1 && frameBox.y <= 1 && frameBox.width < 400, `docked top right: ${JSON.stringify(frameBox)}`);
      const expected = Math.min(cardBox.height + 24, 800);
      assert.ok(Math.abs(frameBox.height - expected) <= 2, `sized to the card: ${frameBox.height}, card ${cardBox.height}`);
      // The opened paragraph's badge says so.
      assert.equal(await page.locator('[data-wsis-para="98"]').getAttribute('aria-expanded'), 'true');

      await cardIn(page).getByRole('button', { name: 'Next paragraph' }).click();
      await waitForCardLabel(page, '99');
      // Keys pressed in the card (focus is in its frame) ...
      await page.keyboard.press('j');
      await waitForCardLabel(page, '100');
      // ... and in the page.
      await page.locator('main h1').click();
      await page.keyboard.press('k');
      await waitForCardLabel(page, '99');
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached', timeout: 2_000 });
      assert.equal(await frameElement.isVisible(), false);
      // Focus goes back to the badge of the paragraph last shown.
      assert.equal(await page.evaluate(() => document.querySelector('wsis-lens-root')?.shadowRoot?.activeElement?.getAttribute('data-wsis-para')), '99');

      // Opened again from a badge, the card takes the focus, and Esc in it closes it.
      await page.getByRole('button', { name: 'Paragraph 12', exact: true }).click();
      await waitForCardLabel(page, '12');
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached', timeout: 2_000 });
    } finally {
      await page.close();
    }
  });

  it('#para=98 scrolls paragraph 98 into view and highlights it', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${P_TEXT}#para=98`);
      await waitForBadges(page, pLabels.length);
      await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
      const inView = await page.evaluate(() => {
        const el = [...document.querySelectorAll('main p')].find((e) => /^\s*98\.?\s/.test(e.textContent ?? ''));
        const r = el?.getBoundingClientRect();
        return r ? r.top >= 0 && r.bottom <= innerHeight : false;
      });
      assert.ok(inView, 'paragraph 98 is in the viewport');
      const highlight = page.locator('wsis-lens-root .highlight');
      await highlight.waitFor({ state: 'visible', timeout: 2_000 });
      const box = await highlight.boundingBox();
      assert.ok(box && box.y >= 0 && box.y < 800);
    } finally {
      await page.close();
    }
  });

  it('moves nothing on the page: its own boxes are the same without the overlay', async () => {
    for (const url of [MAIN, P_TEXT, OL_TEXT]) {
      const page = await browser.context.newPage();
      try {
        await page.goto(url);
        await page.locator('wsis-lens-root').waitFor({ state: 'attached', timeout: 10_000 });
        await page.waitForTimeout(300); // placed (one frame) and any debounced re-placement
        const withOverlay = await pageLayout(page);
        await page.evaluate(() => document.querySelector('wsis-lens-root')?.remove());
        assert.equal(await pageLayout(page), withOverlay, url);
      } finally {
        await page.close();
      }
    }
  });

  it('follows the page: re-placed on resize, new paragraphs get badges', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(P_TEXT);
      await waitForBadges(page, pLabels.length);
      const first = page.locator('[data-wsis-para="1"]');
      const before = await first.boundingBox();
      await page.setViewportSize({ width: 1000, height: 800 }); // main is centred: the text moves left
      await page.waitForFunction((x) => {
        const badge = document.querySelector('wsis-lens-root')?.shadowRoot?.querySelector('[data-wsis-para="1"]');
        return badge ? badge.getBoundingClientRect().left < x - 50 : false;
      }, before?.x ?? 0, { timeout: 3_000 });
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = '128. We decide to review this text again in 2035.';
        document.querySelector('main')?.append(p);
      });
      await waitForBadges(page, pLabels.length + 1);
      assert.equal((await badgeLabels(page)).at(-1), '128');
    } finally {
      await page.close();
    }
  });

  it('is not injected twice when the content script runs again, and the old copy leaves nothing', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(P_TEXT);
      await waitForBadges(page, pLabels.length);
      await runContentScriptAgain(page);
      await waitForBadges(page, pLabels.length);
      await page.waitForTimeout(300);
      assert.equal(await countIndicatorHosts(page), 1);
      assert.equal(await badges(page).count(), pLabels.length);
    } finally {
      await page.close();
    }
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await browser.context.newPage();
    try {
      const response = await page.goto(CSP_TEXT);
      assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
      await waitForBadges(page, pLabels.length);
      const style = await badges(page).first().evaluate((el) => {
        const s = getComputedStyle(el);
        return { position: s.position, width: s.width };
      });
      assert.deepEqual(style, { position: 'absolute', width: '34px' });
      // And placed: their positions (inline styles set in the shadow root) are not the page's to block.
      // (The page's own stylesheet is: its text starts at the body's 8px margin, the badge at the edge.)
      const badge = page.getByRole('button', { name: 'Paragraph 12', exact: true });
      await badge.scrollIntoViewIfNeeded();
      const badgeBox = await badge.boundingBox();
      const textBox = await page.locator('main p').filter({ hasText: /^\s*12\./ }).first().boundingBox();
      assert.ok(badgeBox && textBox, 'badge and paragraph 12');
      assert.ok(badgeBox.x < textBox.x && Math.abs(badgeBox.y - textBox.y) < 12, `placed: ${JSON.stringify({ badgeBox, textBox })}`);
      // The card frame loads too: the page's CSP does not apply to the extension's own page.
      await page.getByRole('button', { name: /^Paragraph 98(, has positions)?$/ }).click();
      await waitForCardLabel(page, '98');
    } finally {
      await page.close();
    }
  });

  it('adds nothing at all to a DESA page that is not about WSIS', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(NON_WSIS);
      await waitForContentScript(page);
      await page.waitForTimeout(500);
      assert.equal(await countIndicatorHosts(page), 0);
      assert.equal(await badges(page).count(), 0);
      assert.equal(await chips(page).count(), 0);
    } finally {
      await page.close();
    }
  });
});

// The pdf.js page viewer (lazy rendering, text layer, find) plus a badge layer on every page.
// Imperative by nature; the Preact shell drives it through this small surface.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Paragraph, PdfBox } from '@/utils/paragraphs/model';
import { createBadgeLayer } from './badge-layer';
import { badgePlacement, type ViewportLike } from './badge-placement';
import { paragraphKey, paragraphName } from './paragraph-keys';
import { loadViewerComponents } from './pdfjs';

type ViewerModule = Awaited<ReturnType<typeof loadViewerComponents>>;

export interface PdfViewEvents {
  onPageChange(page: number): void;
  onScaleChange(scale: number, preset: string | undefined): void;
  onPagesReady(count: number): void;
  /** The clicked paragraph's key (see paragraph-keys.ts). */
  onBadgeClick(key: string): void;
  onFindResult(result: { current: number; total: number; state: 'found' | 'not-found' | 'pending' | 'wrapped' }): void;
}

/** How far above a paragraph's first line a jump lands, in PDF units, so the line is not glued to the top. */
const JUMP_MARGIN = 36;

/**
 * pdf.js's viewer gets the document only once indexing ends, while that looks like it will be within
 * this long after the document opens. Its page views (setup, layout, scroll and resize handling) and
 * page 1's drawing compete with extraction for the one pdf.js worker and the main thread: a short
 * draft is indexed sooner, and its first page then appears with its badges, sooner than if the pages
 * had been set up while indexing. Longer files get their pages as soon as indexing's pace says so.
 */
const PAGES_HOLD_MS = 1000;
/** Pages indexed before the end of indexing is projected (page 1 also loads fonts: a poor guide). */
const PROJECT_AFTER_PAGES = 3;
/**
 * New badges go into the pages at most this often (the first ones at once). Each insertion costs the
 * main thread a frame (style, layout, paint: ~5 ms on a 2-core machine) while pdf.js's worker extracts
 * the next pages; a dense 20-page draft delivered a page every 20–40 ms, one frame each.
 */
const BADGE_BATCH_MS = 100;

export class PdfView {
  readonly eventBus: InstanceType<ViewerModule['EventBus']>;
  readonly viewer: InstanceType<ViewerModule['PDFViewer']>;
  private readonly findController: InstanceType<ViewerModule['PDFFindController']>;
  private readonly layers = new Map<number, HTMLDivElement>();
  private readonly badges = new Map<string, HTMLButtonElement>();
  private readonly viewports = new Map<number, ViewportLike>();
  private readonly observer: MutationObserver;
  private pagesReady = false;
  /** Whether any page has been drawn yet. */
  firstPageDrawn = false;
  /** Whether any badge has been on screen yet (the bench's first-badge mark). */
  private badgeShown = false;
  /** While indexing, pdf.js draws only visible pages (no pre-rendering of the next one): see holdForIndexing. */
  private prerenderHeld = false;
  /** While indexing a short file, pdf.js's viewer does not have the document yet: see PAGES_HOLD_MS. */
  private pagesHeld = false;
  private heldDocument: PDFDocumentProxy | null = null;
  private pagesHoldStart = 0;
  private pagesHoldTimer = 0;
  private pagesIndexed = 0;
  private projectFrom = 0;
  private pageTotal = 0;
  private pendingJump: (() => void) | null = null;
  /** Paragraph keys with stakeholder positions: their badges carry a small mark. */
  private positionKeys: ReadonlySet<string> = new Set();
  /** Paragraphs whose badges wait for the next batch (see BADGE_BATCH_MS). */
  private pendingBadges: Paragraph<PdfBox>[] = [];
  private badgeTimer = 0;
  private lastBadgeBatch = -Infinity;

  private constructor(
    module: ViewerModule,
    container: HTMLDivElement,
    private readonly events: PdfViewEvents,
  ) {
    this.eventBus = new module.EventBus();
    const linkService = new module.PDFLinkService({ eventBus: this.eventBus });
    this.findController = new module.PDFFindController({ eventBus: this.eventBus, linkService });
    this.viewer = new module.PDFViewer({
      container,
      eventBus: this.eventBus,
      linkService,
      findController: this.findController,
      textLayerMode: 1,
      removePageBorders: false,
    });
    linkService.setViewer(this.viewer);

    // pdf.js draws the page after the visible ones ahead of time. While the index is being built that
    // off-screen page's drawing and text compete with indexing for the one pdf.js worker, so it waits
    // until indexing ends (visible pages, and pages scrolled to, are drawn as usual).
    const queue = this.viewer.renderingQueue as unknown as {
      getHighestPriority(visible: { views: { view: unknown }[] }, ...rest: unknown[]): unknown;
    };
    const highestPriority = queue.getHighestPriority.bind(queue);
    queue.getHighestPriority = (visible, ...rest) => {
      const view = highestPriority(visible, ...rest);
      if (!view || !this.prerenderHeld) return view;
      return visible.views.some((entry) => entry.view === view || (entry.view as { detailView?: unknown }).detailView === view) ? view : null;
    };

    this.eventBus.on('pagesinit', () => {
      this.viewer.currentScaleValue = 'page-width';
      this.pagesReady = true;
      for (const page of this.layers.keys()) this.attachLayer(page);
      events.onPagesReady(this.viewer.pagesCount);
      const jump = this.pendingJump;
      this.pendingJump = null;
      jump?.();
    });
    // For scripts/bench-viewer.mts: when the reader first sees a page drawn (next to first badge and full index).
    const onPageRendered = () => {
      this.firstPageDrawn = true;
      performance.mark('wsis-lens:first-page-drawn');
      this.eventBus.off('pagerendered', onPageRendered);
    };
    this.eventBus.on('pagerendered', onPageRendered);
    this.eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => events.onPageChange(pageNumber));
    this.eventBus.on('scalechanging', ({ scale, presetValue }: { scale: number; presetValue?: string }) =>
      events.onScaleChange(scale, presetValue),
    );
    this.eventBus.on('updatefindmatchescount', ({ matchesCount }: { matchesCount: { current: number; total: number } }) =>
      events.onFindResult({ ...matchesCount, state: matchesCount.total > 0 ? 'found' : 'pending' }),
    );
    this.eventBus.on(
      'updatefindcontrolstate',
      ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) => {
        // pdf.js FindState: 0 found, 1 not found, 2 wrapped, 3 pending.
        const names = ['found', 'not-found', 'wrapped', 'pending'] as const;
        events.onFindResult({ ...matchesCount, state: names[state] ?? 'pending' });
      },
    );

    // pdf.js empties a page div when it resets the page; the badge layer stays (see badge-layer.ts). Should
    // a pdf.js version take it out some other way, it is put back, so every indexed page keeps its badges.
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof HTMLDivElement && node.classList.contains('wsis-badge-layer')) {
            this.attachLayer(Number(node.dataset.page));
          }
        }
      }
    });
    this.observer.observe(this.viewer.viewer as HTMLElement, { childList: true, subtree: true });

    // One listener for every badge (a long draft has hundreds); a button's Enter and Space are clicks too.
    container.addEventListener('click', (event) => {
      const badge = (event.target as Element | null)?.closest?.<HTMLElement>('.wsis-badge[data-wsis-para]');
      const key = badge?.dataset.wsisPara;
      if (key !== undefined) events.onBadgeClick(key);
    });
  }

  static async create(container: HTMLDivElement, events: PdfViewEvents): Promise<PdfView> {
    return new PdfView(await loadViewerComponents(), container, events);
  }

  /** While indexing (true): the pages are held back (see PAGES_HOLD_MS) and pages out of view are not drawn ahead. */
  holdForIndexing(held: boolean): void {
    if (this.prerenderHeld === held) return;
    this.prerenderHeld = held;
    if (held) {
      this.pagesHeld = true;
      this.pagesHoldStart = performance.now();
      this.pagesIndexed = 0;
      this.pagesHoldTimer = window.setTimeout(() => this.showPages(), PAGES_HOLD_MS);
    } else {
      this.showPages();
      if (this.pagesReady) this.viewer.update();
    }
  }

  /** Whether pdf.js's viewer has the document (the hold on the pages is over). */
  get pagesShown(): boolean {
    return !this.pagesHeld;
  }

  /** Ends the hold on the pages (indexing is done, or will take long): even if other reading (tracked changes) goes on. */
  showPages(): void {
    clearTimeout(this.pagesHoldTimer);
    if (!this.pagesHeld) return;
    this.pagesHeld = false;
    const held = this.heldDocument;
    this.heldDocument = null;
    if (held) this.giveDocument(held);
  }

  /** Keeps holding the pages back only while indexing is on course to end within PAGES_HOLD_MS. */
  private projectIndexEnd(): void {
    if (!this.pagesHeld) return;
    const now = performance.now();
    this.pagesIndexed++;
    if (this.pagesIndexed === PROJECT_AFTER_PAGES) this.projectFrom = now;
    if (this.pagesIndexed <= PROJECT_AFTER_PAGES) return;
    const perPage = (now - this.projectFrom) / (this.pagesIndexed - PROJECT_AFTER_PAGES);
    const end = now + perPage * (this.pageTotal - this.pagesIndexed);
    if (end - this.pagesHoldStart > PAGES_HOLD_MS) this.showPages();
  }

  /** Shows the document's pages: now, or when the hold on the pages ends (see PAGES_HOLD_MS). */
  setDocument(doc: PDFDocumentProxy): void {
    this.pageTotal = doc.numPages;
    if (this.pagesHeld) this.heldDocument = doc;
    else this.giveDocument(doc);
  }

  private giveDocument(doc: PDFDocumentProxy): void {
    this.viewer.setDocument(doc);
    (this.viewer.linkService as { setDocument(doc: PDFDocumentProxy): void }).setDocument(doc);
  }

  /** Page size and rotation at scale 1, known from indexing; badges are placed relative to it. */
  setPageViewport(page: number, viewport: ViewportLike): void {
    this.viewports.set(page, viewport);
    this.projectIndexEnd();
  }

  /** Adds the paragraphs' badges: at once, or with the next batch if one went in less than BADGE_BATCH_MS ago. */
  addBadges(paragraphs: readonly Paragraph<PdfBox>[]): void {
    for (const paragraph of paragraphs) this.pendingBadges.push(paragraph);
    if (this.badgeTimer) return;
    const wait = this.lastBadgeBatch + BADGE_BATCH_MS - performance.now();
    if (wait <= 0) this.flushBadges();
    else this.badgeTimer = window.setTimeout(() => this.flushBadges(), wait);
  }

  /** Puts waiting badges in now (before anything reads or marks them). */
  private flushBadges(): void {
    clearTimeout(this.badgeTimer);
    this.badgeTimer = 0;
    this.lastBadgeBatch = performance.now();
    const paragraphs = this.pendingBadges;
    this.pendingBadges = [];
    if (paragraphs.length) this.insertBadges(paragraphs);
  }

  private insertBadges(paragraphs: readonly Paragraph<PdfBox>[]): void {
    // One DOM write per page, not per badge.
    const fresh = new Map<number, HTMLButtonElement[]>();
    for (const paragraph of paragraphs) {
      const anchor = paragraph.anchor;
      const viewport = anchor ? this.viewports.get(anchor.page) : undefined;
      // Keyed by part and label (annexes restart the numbering): "98" in the main text, "A1:3" in an annex.
      const key = paragraphKey(paragraph);
      if (!anchor || !viewport || this.badges.has(key)) continue;
      const placement = badgePlacement(anchor, viewport);
      const name = paragraphName(paragraph);
      const badge = document.createElement('button');
      badge.type = 'button';
      badge.className = `wsis-badge wsis-badge--${paragraph.kind}${paragraph.part > 0 ? ' wsis-badge--annex' : ''}`;
      badge.dataset.wsisPara = key;
      badge.title = name; // the accessible name too, set with its position mark
      badge.textContent = paragraph.label; // a text node: labels come from the PDF
      badge.style.cssText = `left:${placement.leftPercent}%;top:${placement.middlePercent}%`;
      this.markBadgePositions(badge, key);
      this.badges.set(key, badge);
      const onPage = fresh.get(anchor.page);
      if (onPage) onPage.push(badge);
      else fresh.set(anchor.page, [badge]);
    }
    // Filled before it is attached: pdf.js's viewer styles pages with :has(), so each change inside a
    // page restyles the page; one change per page, not two.
    for (const [page, badges] of fresh) {
      this.layerOf(page).append(...badges);
      this.attachLayer(page);
    }
  }

  /** Replaces all badges (the segmenter's final word may differ from its page-by-page one). */
  resetBadges(paragraphs: readonly Paragraph<PdfBox>[]): void {
    this.pendingBadges = [];
    this.flushBadges();
    const wanted = new Set(paragraphs.map(paragraphKey));
    for (const [key, badge] of this.badges) {
      if (!wanted.has(key)) {
        badge.remove();
        this.badges.delete(key);
      }
    }
    this.insertBadges(paragraphs);
  }

  /** Marks the badges of paragraphs with positions (and unmarks the others); later badges follow. */
  markPositions(keys: ReadonlySet<string>): void {
    this.positionKeys = keys;
    for (const [key, badge] of this.badges) this.markBadgePositions(badge, key);
  }

  private markBadgePositions(badge: HTMLButtonElement, key: string): void {
    const marked = this.positionKeys.has(key);
    badge.classList.toggle('wsis-badge--positions', marked);
    const name = badge.title;
    badge.setAttribute('aria-label', marked ? `${name}, has positions` : name);
  }

  /** `key`: a paragraph key (see paragraph-keys.ts). */
  markActive(key: string | null): void {
    this.flushBadges();
    for (const [badgeKey, badge] of this.badges) {
      const active = badgeKey === key;
      badge.classList.toggle('is-active', active);
      if (active) badge.setAttribute('aria-current', 'true');
      else badge.removeAttribute('aria-current');
    }
  }

  focusBadge(key: string): void {
    this.flushBadges();
    this.badges.get(key)?.focus({ preventScroll: true });
  }

  scrollToParagraph(paragraph: Paragraph<PdfBox>): void {
    const anchor = paragraph.anchor;
    if (!anchor) return;
    this.whenReady(() =>
      this.viewer.scrollPageIntoView({
        pageNumber: anchor.page,
        destArray: [null, { name: 'XYZ' }, null, anchor.y + anchor.height + JUMP_MARGIN, null],
        allowNegativeOffset: true,
      }),
    );
  }

  scrollToPage(page: number): void {
    this.whenReady(() => {
      if (page >= 1 && page <= this.viewer.pagesCount) this.viewer.currentPageNumber = page;
    });
  }

  setScale(value: string): void {
    this.viewer.currentScaleValue = value;
  }

  zoom(direction: 1 | -1): void {
    if (direction > 0) this.viewer.increaseScale();
    else this.viewer.decreaseScale();
  }

  find(query: string, again: boolean, previous = false): void {
    this.eventBus.dispatch('find', {
      source: this,
      type: again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: previous,
      matchDiacritics: false,
    });
  }

  closeFind(): void {
    this.eventBus.dispatch('findbarclose', { source: this });
  }

  private whenReady(action: () => void): void {
    if (this.pagesReady) action();
    else this.pendingJump = action;
  }

  private layerOf(page: number): HTMLDivElement {
    let layer = this.layers.get(page);
    if (!layer) {
      layer = createBadgeLayer(page);
      this.layers.set(page, layer);
    }
    return layer;
  }

  private attachLayer(page: number): void {
    const layer = this.layers.get(page);
    if (!layer || !this.pagesReady) return;
    const pageDiv = (this.viewer.getPageView(page - 1) as { div?: HTMLDivElement } | undefined)?.div;
    if (!pageDiv || layer.parentElement === pageDiv) return;
    pageDiv.append(layer);
    // For scripts/bench-viewer.mts: when the reader first sees a badge (with the pages, not when found).
    if (!this.badgeShown && layer.childElementCount > 0) {
      this.badgeShown = true;
      performance.mark('wsis-lens:first-badge');
    }
  }
}

// The overlay on a WSIS page: paragraph badges in the left margin, chips after links to drafts, a
// highlight for #para=N, and the paragraph card. All drawn in one absolutely positioned layer of the
// shadow root; the page's own DOM is only read. Placement reads every rectangle first, then writes all
// positions in one animation frame, so a page of 800 paragraphs costs one layout.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { render } from 'preact';
import { ParagraphCard } from '@/components/ParagraphCard';
import { citation, familyName, revisionName } from '@/utils/catalog';
import type { DocumentId } from '@/utils/document-id';
import { documentChipView } from '@/utils/overlay/document-chip';
import { badgePosition, chipPosition, highlightBox, px, type Box, type Point } from '@/utils/overlay/placement';
import { segmentDom } from '@/utils/paragraphs/from-dom';
import type { Paragraph } from '@/utils/paragraphs/model';
import { normalizeLabel, paragraphLink, parseTargetFragment } from '@/utils/viewer-url';
import { documentChipElement } from './document-chip-element';
import { paragraphBadge } from './paragraph-badge';

type DomParagraph = Paragraph<Element>;

interface Chip {
  link: HTMLAnchorElement;
  element: HTMLElement;
}

/** Resizes come in bursts (window drags, fonts, images); placing once after the burst is enough. */
const RESIZE_DEBOUNCE_MS = 100;
/** Pages that add content (Drupal's lazy blocks, accordions) add it in bursts too. */
const MUTATION_DEBOUNCE_MS = 250;

export class PageOverlay {
  private readonly layer = document.createElement('div');
  private readonly highlight = document.createElement('div');
  private readonly cardSlot = document.createElement('div');
  private paragraphs: DomParagraph[] = [];
  private badges: HTMLButtonElement[] = [];
  private chips: Chip[] = [];
  private highlighted: number | null = null;
  /** Built by the last scan and not yet in the layer. */
  private unplaced = false;
  private open: number | null = null;
  private frame = 0;
  private placeTimer = 0;
  private scanTimer = 0;
  private resizeObserver: ResizeObserver | null = null;
  private mutationObserver: MutationObserver | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly shadow: ShadowRoot,
    private readonly host: Element,
    private readonly doc: DocumentId,
    private readonly viewerPage: string,
  ) {
    this.layer.className = 'layer';
    this.highlight.className = 'highlight';
    this.highlight.hidden = true;
    this.cardSlot.className = 'card-slot';
    this.layer.append(this.highlight);
    shadow.append(this.layer, this.cardSlot);
    // One listener for every badge: cheaper than 800.
    this.layer.addEventListener('click', (event) => this.onLayerClick(event));
  }

  start(): void {
    // After the page's first frame: its own layout is done, so the box reads cost only our share,
    // and nothing of ours delays the first paint.
    this.ctx.requestAnimationFrame(() => this.ctx.setTimeout(() => this.begin(), 0));
    this.ctx.onInvalidated(() => this.destroy());
  }

  private begin(): void {
    performance.mark('wsis-overlay-start');
    this.scan();
    this.place(true);
    this.observe();
    this.ctx.addEventListener(window, 'hashchange', () => this.goToHashTarget());
    this.ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.open !== null) this.closeCard();
    });
  }

  /** Finds the paragraphs and draft links and builds their badges and chips; they join the layer once placed. */
  private scan(): void {
    for (const badge of this.badges) badge.remove();
    for (const chip of this.chips) chip.element.remove();
    this.paragraphs = segmentDom(document).paragraphs;
    this.badges = this.paragraphs.map(paragraphBadge);
    this.chips = [];
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const view = documentChipView(link.href, this.viewerPage);
      if (view) this.chips.push({ link, element: documentChipElement(view) });
    }
    this.unplaced = true;
    if (this.open !== null && this.open >= this.paragraphs.length) this.closeCard();
  }

  /** Reads all boxes now (one layout), writes all positions in the next frame. */
  private place(first = false): void {
    const origin = this.layer.getBoundingClientRect();
    const at: Point = { x: origin.left, y: origin.top };
    const root = document.documentElement;
    const documentLeft = -(at.x + window.scrollX);
    const documentRight = documentLeft + root.scrollWidth;

    const badgeSpots = this.paragraphs.map((paragraph) => {
      const box = paragraph.anchor.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return null; // hidden (collapsed section, display: none)
      const style = getComputedStyle(paragraph.anchor);
      return badgePosition(
        {
          box,
          lineHeight: px(style.lineHeight),
          paddingTop: px(style.paddingTop) || 0,
          fontSize: px(style.fontSize) || 16,
          isListItem: paragraph.anchor.localName === 'li',
        },
        at,
        documentLeft,
      );
    });
    const chipSpots = this.chips.map(({ link }) => {
      const lines = link.getClientRects();
      const firstLine = lines[0];
      const lastLine = lines[lines.length - 1];
      return firstLine && lastLine ? chipPosition(firstLine, lastLine, at, documentRight) : null;
    });
    const highlight = this.highlighted === null ? null : this.paragraphs[this.highlighted]?.anchor.getBoundingClientRect();
    if (first) performance.mark('wsis-overlay-read');

    cancelAnimationFrame(this.frame);
    this.frame = this.ctx.requestAnimationFrame(() => {
      if (first) performance.mark('wsis-overlay-frame');
      this.badges.forEach((badge, i) => moveTo(badge, badgeSpots[i] ?? null));
      this.chips.forEach((chip, i) => {
        const spot = chipSpots[i] ?? null;
        moveTo(chip.element, spot);
        if (spot) chip.element.style.maxWidth = `${spot.maxWidth}px`;
      });
      if (this.unplaced) {
        // Inserted already placed: one style and layout pass for all of them.
        this.unplaced = false;
        const fragment = document.createDocumentFragment();
        fragment.append(...this.badges, ...this.chips.map((chip) => chip.element));
        this.layer.append(fragment);
      }
      this.drawHighlight(highlight ? highlightBox(highlight, at) : null);
      if (first) {
        void this.layer.offsetWidth; // the layout the frame would do anyway, inside the measured span
        performance.mark('wsis-overlay-end');
        performance.measure('wsis-overlay', 'wsis-overlay-start', 'wsis-overlay-end');
        this.goToHashTarget();
      }
    });
  }

  private schedule(kind: 'place' | 'scan'): void {
    if (kind === 'place') {
      clearTimeout(this.placeTimer);
      this.placeTimer = this.ctx.setTimeout(() => this.place(), RESIZE_DEBOUNCE_MS);
      return;
    }
    clearTimeout(this.scanTimer);
    this.scanTimer = this.ctx.setTimeout(() => {
      this.scan();
      this.place();
    }, MUTATION_DEBOUNCE_MS);
  }

  private observe(): void {
    this.resizeObserver = new ResizeObserver(() => this.schedule('place'));
    this.resizeObserver.observe(document.documentElement);
    if (document.body) this.resizeObserver.observe(document.body);
    this.mutationObserver = new MutationObserver((records) => {
      // Our own host coming and going is not new content.
      if (records.some((record) => !onlyTouches(record, this.host))) this.schedule('scan');
    });
    this.mutationObserver.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private onLayerClick(event: Event): void {
    const badge = (event.target as Element | null)?.closest?.('.badge');
    if (!badge) return;
    const index = this.badges.indexOf(badge as HTMLButtonElement);
    if (index >= 0) this.openCard(index, true);
  }

  /** #para=N: scroll the paragraph into view and highlight it. */
  private goToHashTarget(): void {
    const { para } = parseTargetFragment(location.hash);
    if (!para) return;
    const index = this.paragraphs.findIndex((p) => normalizeLabel(p.label) === para);
    const paragraph = this.paragraphs[index];
    if (!paragraph) return;
    paragraph.anchor.scrollIntoView({ block: 'center' });
    this.highlighted = index;
    this.place();
  }

  private openCard(index: number, fromBadge = false): void {
    const paragraph = this.paragraphs[index];
    if (!paragraph) return;
    if (this.open !== null) this.badges[this.open]?.setAttribute('aria-expanded', 'false');
    this.open = index;
    this.badges[index]?.setAttribute('aria-expanded', 'true');
    const { doc } = this;
    render(
      <ParagraphCard
        label={paragraph.label}
        kind={paragraph.kind}
        heading={paragraph.heading}
        documentName={doc.family ? familyName(doc.family) : document.title}
        revisionName={doc.revision ? revisionName(doc.revision, doc.family ?? undefined) : null}
        page={null}
        link={paragraphLink(location.href, paragraph.label)}
        citation={citation(doc, paragraph.label)}
        onClose={() => this.closeCard()}
        onPrevious={index > 0 ? () => this.openCard(index - 1) : undefined}
        onNext={index < this.paragraphs.length - 1 ? () => this.openCard(index + 1) : undefined}
      />,
      this.cardSlot,
    );
    if (!fromBadge) paragraph.anchor.scrollIntoView({ block: 'nearest' });
    this.highlighted = index;
    this.place();
    if (fromBadge) this.cardSlot.querySelector<HTMLElement>('[aria-label="Close"]')?.focus();
  }

  private closeCard(): void {
    if (this.open === null) return;
    const badge = this.badges[this.open];
    badge?.setAttribute('aria-expanded', 'false');
    this.open = null;
    render(null, this.cardSlot);
    badge?.focus();
  }

  private drawHighlight(box: Box | null): void {
    this.highlight.hidden = box === null;
    if (!box) return;
    const style = this.highlight.style;
    style.transform = `translate(${box.left}px, ${box.top}px)`;
    style.width = `${box.width}px`;
    style.height = `${box.height}px`;
  }

  private destroy(): void {
    this.resizeObserver?.disconnect();
    this.mutationObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    render(null, this.cardSlot);
    this.layer.remove();
    this.cardSlot.remove();
  }
}

/** Hidden when its anchor has no box (collapsed section); visibility keeps it out of the tab order too. */
function moveTo(element: HTMLElement, spot: Point | null): void {
  element.style.visibility = spot ? '' : 'hidden';
  if (spot) element.style.transform = `translate(${spot.x}px, ${spot.y}px)`;
}

function onlyTouches(record: MutationRecord, host: Element): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node === host);
}

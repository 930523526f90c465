// The overlay on a WSIS page: paragraph badges in the left margin, chips after links to drafts, a
// highlight for #para=N, and the paragraph card (an extension page in a frame, ./card-frame). All drawn
// in one absolutely positioned layer of the shadow root; the page's own DOM is only read. Placement reads
// every rectangle first, then writes all positions in one animation frame. Badges go in runs of
// RUN_LENGTH, each run one box the browser skips while it is off screen (content-visibility), so a page
// of 800 paragraphs lays out only the badges in view.
// Closures rather than a class: the content script runs on every WSIS page, and local names minify.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FromCard } from '@/utils/overlay/card-messages';
import type { DocumentChipView } from '@/utils/overlay/document-chip';
import type { PageFacts } from '@/utils/overlay/page-facts-message';
import { MAX_TEXTS, MAY_CITE, type PageReference } from '@/utils/messages/page-references';
import { badgePosition, badgeRunBox, chipPosition, highlightBox, px, type BadgeAnchor, type Box, type Point } from '@/utils/overlay/placement';
import { segmentDom } from '@/utils/paragraphs/from-dom';
import type { Paragraph } from '@/utils/paragraphs/model';
import { normalizeLabel, parseTargetFragment } from '@/utils/viewer-url';
import { cardFrame, type CardFrame } from './card-frame';
import { documentChipElement } from './document-chip-element';
import { paragraphBadge } from './paragraph-badge';

export interface PageOverlayOptions {
  ctx: ContentScriptContext;
  shadow: ShadowRoot;
  /** Our own host element: its coming and going is not a change of the page. */
  host: Element;
  /** The card frame's page (card.html). */
  cardPage: string;
  /** Asks the background about the page and some of its links; null when it cannot answer. */
  facts(links: string[]): Promise<PageFacts | null>;
  /** Asks the background where the paragraph references in these text runs point. */
  references(texts: string[]): Promise<PageReference[]>;
}

export interface PageOverlay {
  /** The page's document, once the background has named it (for the card's citation). */
  setDocumentId(id: PageFacts['documentId']): void;
  /** Labels of paragraphs with stakeholder positions: their badges get a small mark. */
  setPositionLabels(labels: ReadonlySet<string>): void;
  /** Settles once the first placement's frame has been rendered. */
  firstPlacement: Promise<void>;
}

/** Resizes come in bursts (window drags, fonts, images); placing once after the burst is enough. */
const RESIZE_DEBOUNCE_MS = 100;
/** Pages that add content (Drupal's lazy blocks, accordions) add it in bursts too. */
const MUTATION_DEBOUNCE_MS = 250;
/** Badges per run: a screenful or two of paragraphs. */
const RUN_LENGTH = 32;
/** Only these hosts' links can be drafts (undocs.org redirects to docs.un.org); others are not worth asking about. */
const UN_LINK = /^https:\/\/(?:(?:publicadministration\.desa|docs|documents)\.un\.org|(?:www\.)?undocs\.org)\//;

export function startPageOverlay({ ctx, shadow, host, cardPage, facts, references }: PageOverlayOptions): PageOverlay {
  const layer = element('layer');
  // Appended after the page's own landmarks: a named region lets a screen reader find it, and keeps
  // the badges and chips from floating outside every landmark.
  layer.setAttribute('role', 'region');
  layer.setAttribute('aria-label', 'WSIS Lens');
  const highlight = element('highlight');
  let paragraphs: Paragraph<Element>[] = [];
  let badges: HTMLButtonElement[] = [];
  /** Badges whose paragraph has no box (hidden by the page): kept out of sight and of the tab order. */
  const hiddenBadges = new Set<HTMLElement>();
  let runs: HTMLElement[] = [];
  let links: HTMLAnchorElement[] = [];
  let chips: { link: HTMLAnchorElement; element: HTMLElement }[] = [];
  /** Chip views by link address, as the background answered (null: no chip, or not yet). */
  const views = new Map<string, DocumentChipView | null>();
  let documentId: PageFacts['documentId'] | null = null;
  let positionLabels: ReadonlySet<string> = new Set();
  let highlighted: number | null = null;
  /** Built by the last scan and not yet in the layer. */
  let unplaced = false;
  let open: number | null = null;
  let card: CardFrame | null = null;
  let frame = 0;
  /** The first placement's frame is still to come (the bench's marks). */
  let measuring = false;
  let placeTimer = 0;
  let scanTimer = 0;
  let observers: { disconnect(): void }[] = [];
  /** Paragraph references in the page's text, each a link drawn over its words. */
  let refs: { range: Range; element: HTMLAnchorElement }[] = [];
  /** The page's size when boxes were last read: a resize that leaves it as it was moves nothing. */
  let placedAt = '';
  let firstPlaced!: () => void;
  const firstPlacement = new Promise<void>((resolve) => (firstPlaced = resolve));

  highlight.hidden = true;
  layer.append(highlight);
  shadow.append(layer);
  // One listener for every badge: cheaper than 800.
  layer.addEventListener('click', (event) => {
    const index = badges.indexOf((event.target as Element).closest?.('.badge') as HTMLButtonElement);
    if (index >= 0) openCard(index, true);
  });

  /** Finds the paragraphs and links and builds badges and chips; they join the layer once placed. */
  function scan(): void {
    for (const run of runs) run.remove();
    paragraphs = segmentDom(document).paragraphs;
    hiddenBadges.clear();
    badges = paragraphs.map(paragraphBadge);
    // New badges are unmarked: only a known set of labels has anything to mark.
    if (positionLabels.size > 0) markPositions();
    runs = [];
    for (let i = 0; i < badges.length; i += RUN_LENGTH) {
      const run = element('run');
      run.append(...badges.slice(i, i + RUN_LENGTH));
      runs.push(run);
    }
    links = [...document.querySelectorAll('a')].filter((link) => UN_LINK.test(link.href));
    buildChips();
    unplaced = true;
    if (open !== null && open >= paragraphs.length) closeCard();
    void askForChips();
  }

  /** Chips for the links the background has answered for. */
  function buildChips(): void {
    for (const chip of chips) chip.element.remove();
    chips = [];
    for (const link of links) {
      const view = views.get(link.href);
      if (view) chips.push({ link, element: documentChipElement(view) });
    }
  }

  async function askForChips(): Promise<void> {
    const unknown = [...new Set(links.map((link) => link.href))].filter((href) => !views.has(href));
    if (unknown.length === 0) return;
    for (const href of unknown) views.set(href, null); // asked once, whatever the answer
    const answer = await facts(unknown);
    if (!answer || !ctx.isValid) return;
    answer.chips.forEach((view, i) => views.set(unknown[i] ?? '', view));
    if (!answer.chips.some(Boolean)) return;
    buildChips();
    unplaced = true;
    place();
  }

  /** "para. 98", "Rev1 para 96", "OP 12" in the page's text become links into the viewer (after the badges). */
  async function findReferences(): Promise<void> {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node && nodes.length < MAX_TEXTS; node = walker.nextNode() as Text | null) {
      if (node.data.length <= 4_000 && MAY_CITE.test(node.data) && !node.parentElement?.closest('a,script,style,noscript,textarea,[contenteditable]')) nodes.push(node);
    }
    const answer = nodes.length ? await references(nodes.map((node) => node.data)) : [];
    // Most pages cite nothing: no second placement for them.
    if (!ctx.isValid || (answer.length === 0 && refs.length === 0)) return;
    for (const ref of refs) ref.element.remove();
    refs = answer.map(({ text, start, end, name, href }) => {
      const range = document.createRange();
      range.setStart(nodes[text]!, start);
      range.setEnd(nodes[text]!, end);
      const link = document.createElement('a');
      link.className = 'ref';
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.title = `Open ${name}`;
      link.dataset.wsisReference = range.toString();
      link.setAttribute('aria-label', `${range.toString()}: open ${name}`);
      link.style.visibility = 'hidden';
      return { range, element: link };
    });
    layer.append(...refs.map((ref) => ref.element));
    place();
  }

  /** Reads all boxes now (one layout), writes all positions in the next frame. */
  function place(first = false): void {
    placedAt = pageSize();
    const origin = layer.getBoundingClientRect();
    const at: Point = { x: origin.left, y: origin.top };
    const documentLeft = -(at.x + scrollX);
    const documentRight = documentLeft + document.documentElement.scrollWidth;

    // A plain loop with no object spread: this runs once per paragraph, in code not yet optimised.
    const badgeSpots: (Point | null)[] = [];
    let line: FirstLine | null = null;
    let previous: Element | undefined;
    for (const { anchor } of paragraphs) {
      const box = anchor.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) {
        badgeSpots.push((line = null)); // hidden (collapsed section, display: none)
      } else {
        // Paragraphs alike are styled alike: one computed style for a run of them (each computed value
        // read costs, 800 times over).
        if (!line || !styledAlike(anchor, previous)) line = firstLineOf(anchor);
        const { lineHeight, paddingTop, fontSize } = line;
        badgeSpots.push(badgePosition({ box, lineHeight, paddingTop, fontSize, isListItem: anchor.localName === 'li' }, at, documentLeft));
      }
      previous = anchor;
    }
    const chipSpots = chips.map(({ link }) => {
      const lines = link.getClientRects();
      const firstLine = lines[0];
      const lastLine = lines[lines.length - 1];
      return firstLine && lastLine ? chipPosition(firstLine, lastLine, at, documentRight) : null;
    });
    const refRects = refs.map(({ range }) => range.getClientRects()[0] ?? null);
    const highlightRect = highlighted === null ? null : paragraphs[highlighted]?.anchor.getBoundingClientRect();
    if (first) {
      performance.mark('wsis-overlay-read');
      // Another placement before the first frame replaces its callback: that one ends the measure then.
      measuring = true;
    }

    cancelAnimationFrame(frame);
    frame = ctx.requestAnimationFrame(() => {
      const firstFrame = measuring;
      measuring = false;
      if (firstFrame) performance.mark('wsis-overlay-frame');
      runs.forEach((run, r) => {
        const start = r * RUN_LENGTH;
        const spots = badgeSpots.slice(start, start + RUN_LENGTH);
        const box = badgeRunBox(spots);
        run.hidden = !box;
        if (box) setBox(run, box);
        for (let i = 0; i < spots.length; i++) {
          const badge = badges[start + i];
          const spot = spots[i];
          if (!badge) continue;
          if (box && spot) {
            // The transform alone (no style text to parse): the cheapest write, 800 times over.
            badge.style.transform = `translate(${spot.x - box.left}px,${spot.y - box.top}px)`;
            if (hiddenBadges.delete(badge)) badge.style.visibility = '';
          } else if (!hiddenBadges.has(badge)) {
            hiddenBadges.add(badge);
            badge.style.visibility = 'hidden';
          }
        }
      });
      chips.forEach((chip, i) => {
        const spot = chipSpots[i] ?? null;
        moveTo(chip.element, spot, spot ? `;max-width:${spot.maxWidth}px` : '');
      });
      if (unplaced) {
        // Inserted already placed: one style and layout pass for all of them.
        unplaced = false;
        layer.append(...runs, ...chips.map((chip) => chip.element));
      }
      refs.forEach((ref, i) => {
        const rect = refRects[i];
        if (rect && rect.width > 0) setBox(ref.element, { left: rect.left - at.x, top: rect.top - at.y, width: rect.width, height: rect.height });
        else ref.element.style.cssText = 'visibility:hidden';
      });
      const box = highlightRect && highlightBox(highlightRect, at);
      highlight.hidden = !box;
      if (box) setBox(highlight, box);
      if (firstFrame) {
        void layer.offsetWidth; // the layout the frame would do anyway, inside the measured span
        performance.mark('wsis-overlay-end');
        // The frame's own style, layout and paint come next; the next task starts after them.
        ctx.setTimeout(() => {
          performance.mark('wsis-overlay-rendered');
          firstPlaced();
        }, 0);
        goToHashTarget();
        // The browser's own fragment handling at the load event may scroll again: take #para over then too.
        if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', goToHashTarget, { once: true } as AddEventListenerOptions);
      }
    });
  }

  function schedule(kind: 'place' | 'scan'): void {
    if (kind === 'place') {
      clearTimeout(placeTimer);
      placeTimer = ctx.setTimeout(place, RESIZE_DEBOUNCE_MS);
      return;
    }
    clearTimeout(scanTimer);
    scanTimer = ctx.setTimeout(() => {
      scan();
      place();
      void findReferences();
    }, MUTATION_DEBOUNCE_MS);
  }

  function observe(): void {
    // (Its first call only reports the sizes the first placement has just read.)
    const resize = new ResizeObserver(() => pageSize() !== placedAt && schedule('place'));
    resize.observe(document.documentElement);
    if (document.body) resize.observe(document.body);
    const mutation = new MutationObserver((records) => {
      // Our own host coming and going is not new content.
      if (records.some((record) => !onlyTouches(record, host))) schedule('scan');
    });
    mutation.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    observers = [resize, mutation];
  }

  /** Esc closes the card, j and k step through paragraphs, while it is open (the card frame does the same). */
  function onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (open === null || event.altKey || event.ctrlKey || event.metaKey || target.isContentEditable || /^(input|textarea|select)$/.test(target.localName)) return;
    const type = ({ Escape: 'close', j: 'next', k: 'previous' } as const)[event.key as 'j'];
    if (type) onCardEvent({ type });
  }

  function onCardEvent(event: FromCard): void {
    if (event.type === 'close') closeCard();
    else if (open !== null && event.type !== 'height') openCard(open + (event.type === 'next' ? 1 : -1));
  }

  /** #para=N: scroll the paragraph into view and highlight it. */
  function goToHashTarget(): void {
    const { para } = parseTargetFragment(location.hash);
    const index = paragraphs.findIndex((p) => normalizeLabel(p.label) === para);
    const paragraph = paragraphs[index];
    if (!paragraph) return;
    paragraph.anchor.scrollIntoView({ block: 'center' });
    highlighted = index;
    place();
  }

  function openCard(index: number, fromBadge = false): void {
    const paragraph = paragraphs[index];
    // (Past either end, from j/k or the card's buttons: nothing to open.)
    if (!paragraph) return;
    if (open !== null) badges[open]?.setAttribute('aria-expanded', 'false');
    open = index;
    badges[index]?.setAttribute('aria-expanded', 'true');
    card ??= cardFrame(shadow, cardPage, onCardEvent);
    const { label, kind, heading, text, part } = paragraph;
    card.show({
      type: 'show',
      pageUrl: location.href,
      pageTitle: document.title,
      documentId,
      paragraph: { label, kind, heading, text, part },
      hasPrevious: index > 0,
      hasNext: index < paragraphs.length - 1,
      focus: fromBadge,
    });
    if (!fromBadge) paragraph.anchor.scrollIntoView({ block: 'nearest' });
    highlighted = index;
    place();
  }

  function markPositions(): void {
    for (const badge of badges) {
      const marked = positionLabels.has(badge.dataset.wsisPara ?? '');
      const name = (badge.getAttribute('aria-label') ?? '').replace(/, has positions$/, '');
      badge.classList.toggle('has-positions', marked);
      badge.setAttribute('aria-label', marked ? `${name}, has positions` : name);
    }
  }

  function closeCard(): void {
    if (open === null) return;
    const badge = badges[open];
    badge?.setAttribute('aria-expanded', 'false');
    open = null;
    card?.hide();
    badge?.focus();
  }

  // After the page's first frame: its own layout is done, so the box reads cost only our share,
  // and nothing of ours delays the first paint.
  ctx.requestAnimationFrame(() =>
    ctx.setTimeout(() => {
      performance.mark('wsis-overlay-start');
      scan();
      place(true);
      observe();
      ctx.setTimeout(() => void findReferences(), 0);
      ctx.addEventListener(window, 'hashchange', goToHashTarget);
      ctx.addEventListener(document, 'keydown', onKey);
    }, 0),
  );
  ctx.onInvalidated(() => {
    for (const observer of observers) observer.disconnect();
    cancelAnimationFrame(frame);
    card?.destroy();
    layer.remove();
  });

  return {
    firstPlacement,
    setDocumentId(id) {
      documentId = id;
    },
    setPositionLabels(labels) {
      positionLabels = labels;
      markPositions();
    },
  };
}

type FirstLine = Pick<BadgeAnchor, 'lineHeight' | 'paddingTop' | 'fontSize'>;

/** What places a badge on its paragraph's first line, from the computed style. */
function firstLineOf(anchor: Element): FirstLine {
  const style = getComputedStyle(anchor);
  const lineHeight = px(style.lineHeight);
  return {
    lineHeight,
    paddingTop: px(style.paddingTop) || 0,
    // Only "line-height: normal" needs the font size.
    fontSize: lineHeight > 0 ? 16 : px(style.fontSize) || 16,
  };
}

/**
 * Whether an element is styled as the paragraph just before it: its previous sibling, of the same tag,
 * with no attribute or the same class alone (an id, an inline style, any attribute a rule may select
 * on: read on its own).
 */
function styledAlike(anchor: Element, previous: Element | undefined): boolean {
  if (!previous || anchor.previousElementSibling !== previous || anchor.localName !== previous.localName) return false;
  if (!anchor.hasAttributes()) return !previous.hasAttributes();
  return anchor.attributes.length === 1 && previous.attributes.length === 1 && anchor.className !== '' && anchor.className === previous.className;
}

/** The document's and the body's size (called when layout is clean: at a placement, in a ResizeObserver callback). */
function pageSize(): string {
  const page = document.documentElement.getBoundingClientRect();
  const body = document.body?.getBoundingClientRect();
  return `${page.width}x${page.height} ${body?.width}x${body?.height}`;
}

function element(className: string): HTMLElement {
  const div = document.createElement('div');
  div.className = className;
  return div;
}

function setBox(target: HTMLElement, box: Box): void {
  target.style.cssText = `transform:translate(${box.left}px,${box.top}px);width:${box.width}px;height:${box.height}px`;
}

/** One style write per element. Hidden when its anchor has no box; visibility keeps it out of the tab order too. */
function moveTo(target: HTMLElement | undefined, spot: Point | null, extra = ''): void {
  if (target) target.style.cssText = spot ? `transform:translate(${spot.x}px,${spot.y}px)${extra}` : 'visibility:hidden';
}

function onlyTouches(record: MutationRecord, host: Element): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node === host);
}

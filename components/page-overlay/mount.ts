// Mounts the page indicator and the page overlay once per page, and removes them when the extension goes away.
// A hand-made shadow host rather than WXT's createShadowRootUi: the same open shadow root without
// its anchoring and auto-mount machinery. Plain DOM, no UI library; the card, which needs more, is an
// extension page in a frame. Loaded by the content script on WSIS pages only (entrypoints/wsis-overlay).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPageReferences, type PageReference, type PageReferencesRequest } from '@/utils/messages/page-references';
import { isPositionLabels, positionLabelsRequest } from '@/utils/messages/position-labels';
import { isPageFacts, pageFactsRequest, type PageFacts } from '@/utils/overlay/page-facts-message';
import overlayCss from './overlay.css?inline';
import { startPageOverlay } from './page-overlay';
import { pageIndicator } from './page-indicator';
import pageIndicatorCss from './page-indicator.css?inline';

export const HOST_TAG = 'wsis-lens-root';

function pageTitle(): string {
  return `${document.title}\n${document.querySelector('h1')?.textContent ?? ''}`.slice(0, 1_000);
}

/** What the overlay needs of the extension API: the content script passes its own (one polyfill, there). */
export interface OverlayApi {
  getURL(path: '/card.html' | '/viewer.html'): string;
  sendMessage(message: unknown): Promise<unknown>;
}

export type MountOverlay = (ctx: ContentScriptContext, pageHint: string, api: OverlayApi) => void;

export const mountOverlay: MountOverlay = (ctx, pageHint, api) => {
  // One per page: another copy of this script that is still valid already shows it.
  if (document.querySelector(HOST_TAG)) return;
  // The bench's marks: mounting runs before the page's first frame, apart from the overlay's own span.
  performance.mark('wsis-overlay-mount');

  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The overlay's :host rules come after the indicator's and win (absolute: the layer scrolls with the page).
  style.textContent = pageIndicatorCss + overlayCss;
  const indicator = pageIndicator();
  shadow.append(style, indicator.element);
  // After the page's own content, so nothing of the page's shifts (the host takes no room).
  (document.body ?? document.documentElement).append(host);

  // Detection proper runs in the background; only the cheap check ran here.
  const facts = async (links: string[]): Promise<PageFacts | null> => {
    try {
      const answer = await api.sendMessage(pageFactsRequest(location.href, pageHint, links));
      return isPageFacts(answer, links.length) ? answer : null;
    } catch {
      return null; // extension reloaded, background gone: the badges still work
    }
  };
  const viewerPage = api.getURL('/viewer.html');
  const references = async (texts: string[]): Promise<PageReference[]> => {
    try {
      const answer = await api.sendMessage({ type: 'wsis-lens/page-references', pageUrl: location.href, pageTitle: pageTitle(), texts } satisfies PageReferencesRequest);
      return isPageReferences(answer, texts, viewerPage) ? answer.references : [];
    } catch {
      return [];
    }
  };
  const overlay = startPageOverlay({ ctx, shadow, host, cardPage: api.getURL('/card.html'), facts, references });
  void facts([]).then((answer) => {
    if (!ctx.isValid) return;
    // The pill after the badges' first frame: its text, in sizes and weights of its own, makes the
    // browser look fonts up (a few ms on Linux), which would otherwise land in that frame.
    void overlay.firstPlacement.then(() => ctx.isValid && indicator.setLabel(answer?.label ?? 'WSIS+20 page'));
    if (answer) overlay.setDocumentId(answer.documentId);
    const positions = positionLabelsRequest(answer?.documentId ?? null);
    if (positions) {
      void api.sendMessage(positions).then((labels) => {
        if (ctx.isValid && isPositionLabels(labels)) overlay.setPositionLabels(new Set(labels.labels));
      }, () => undefined);
    }
  });

  // Extension reloaded or updated: a newer copy of the script takes over, this one leaves nothing.
  ctx.onInvalidated(() => host.remove());
  performance.mark('wsis-overlay-mounted');
};

// Mounts the page indicator and the page overlay once per page, and removes them when the extension goes away.
// A hand-made shadow host rather than WXT's createShadowRootUi: the same open shadow root without
// its anchoring and auto-mount machinery (about 8 kB more in the content script).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { render } from 'preact';
import { PageIndicator, pageIndicatorCss } from '@/components/PageIndicator';
import { paragraphCardCss } from '@/components/ParagraphCard';
import overlayCss from '@/components/page-overlay/overlay.css?inline';
import { PageOverlay } from '@/components/page-overlay/page-overlay';
import { detectDocument } from '@/utils/detect';
import { describeDocument } from './describe';

export const HOST_TAG = 'wsis-lens-root';

/** The cheap text detection needs besides the URL: the title and the first heading. */
export function readPageHint(): string {
  return `${document.title} ${document.querySelector('h1')?.textContent ?? ''}`;
}

export function mountIndicator(ctx: ContentScriptContext, pageHint: string): void {
  // One per page: another copy of this script that is still valid already shows it.
  if (document.querySelector(HOST_TAG)) return;
  const doc = detectDocument({ url: location.href, text: pageHint });
  const label = describeDocument(doc);

  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The overlay's :host rules come after the indicator's and win (absolute: the layer scrolls with the page).
  style.textContent = pageIndicatorCss + overlayCss + paragraphCardCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  render(<PageIndicator label={label} />, container);
  // After the page's own content, so nothing of the page's shifts (the host takes no room).
  (document.body ?? document.documentElement).append(host);

  const viewerPage = browser.runtime.getURL('/viewer.html');
  new PageOverlay(ctx, shadow, host, doc, viewerPage).start();

  // Extension reloaded or updated: a newer copy of the script takes over, this one leaves nothing.
  ctx.onInvalidated(() => {
    render(null, container);
    host.remove();
  });
}

// @vitest-environment jsdom
// The badge layer against the pinned pdf.js's own page reset (the legacy build of the same version: node
// 20), not a fake: pdf.js resets every page once its data arrives, just after the pages are shown, and
// a badge taken out of the document between the press and the release of a click loses the click.
import '../../scripts/lib/node20-builtins';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBadgeLayer } from './badge-layer';

type PageView = { div: HTMLDivElement; reset(): void };
let PDFPageView: new (options: object) => PageView;
let EventBus: new () => object;

beforeAll(async () => {
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  ({ PDFPageView, EventBus } = (await import('pdfjs-dist/legacy/web/pdf_viewer.mjs')) as unknown as { PDFPageView: typeof PDFPageView; EventBus: typeof EventBus });
});

function pageView(): PageView {
  const container = document.createElement('div');
  document.body.append(container);
  const viewport = { width: 612, height: 792, scale: 1, rotation: 0, rawDims: { pageWidth: 612, pageHeight: 792, pageX: 0, pageY: 0 } };
  return new PDFPageView({ container, id: 1, eventBus: new EventBus(), defaultViewport: viewport });
}

function removals(target: Node): () => Node[] {
  const seen: Node[] = [];
  const observer = new MutationObserver((records) => records.forEach((record) => seen.push(...record.removedNodes)));
  observer.observe(target, { childList: true, subtree: true });
  return () => {
    seen.push(...observer.takeRecords().flatMap((record) => [...record.removedNodes]));
    observer.disconnect();
    return seen;
  };
}

describe('badge layer in a pdf.js page', () => {
  it('pdf.js takes out of a page div, when it resets the page, whatever it did not put there', () => {
    const view = pageView();
    const other = document.createElement('div');
    view.div.append(other);
    view.reset();
    expect(other.isConnected).toBe(false);
  });

  it('stays in its page through the reset, never out of the document, its badge still focused', () => {
    const view = pageView();
    const layer = createBadgeLayer(1);
    const badge = document.createElement('button');
    layer.append(badge);
    view.div.append(layer);
    badge.focus();
    const removed = removals(view.div);
    view.reset();
    view.reset();
    expect(removed()).not.toContain(layer);
    expect(layer.parentElement).toBe(view.div);
    expect(document.activeElement).toBe(badge);
  });
});

import { describe, expect, it } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { SharedText } from './shared-text';

/** A one-page stand-in for a pdf.js document that counts what reaches its worker. */
function fakeDocument() {
  const asked = { text: 0, structTree: 0 };
  const page = {
    pageNumber: 1,
    streamTextContent: () => {
      asked.text++;
      const content: TextContent = { items: [{ str: 'para', dir: 'ltr', transform: [1, 0, 0, 1, 0, 0], width: 1, height: 1, fontName: 'f', hasEOL: false }], styles: {}, lang: null };
      return new ReadableStream<TextContent>({
        start(controller) {
          controller.enqueue(content);
          controller.close();
        },
      });
    },
    getStructTree: async () => {
      asked.structTree++;
      return { role: 'Root', children: [] };
    },
  };
  const doc = { getPage: async () => page } as unknown as PDFDocumentProxy;
  return { doc, asked };
}

async function read(stream: ReadableStream<TextContent>): Promise<number> {
  let items = 0;
  for (const reader = stream.getReader(); ; ) {
    const { value, done } = await reader.read();
    if (done) return items;
    items += value.items.length;
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The same page behind a pdf.js-like transport that records how the worker was asked for text. */
function fakeDocumentWithTransport() {
  const { doc, asked } = fakeDocument();
  const requests: { action: string; data: Record<string, unknown>; highWaterMark: number | undefined }[] = [];
  const sendWithStream = (action: string, data: Record<string, unknown>, strategy: QueuingStrategy<TextContent>) => {
    requests.push({ action, data, highWaterMark: strategy.highWaterMark });
    const content: TextContent = { items: [{ str: 'whole', dir: 'ltr', transform: [1, 0, 0, 1, 0, 0], width: 1, height: 1, fontName: 'f', hasEOL: false }], styles: {}, lang: null };
    return new ReadableStream<TextContent>({
      start(controller) {
        controller.enqueue(content);
        controller.close();
      },
    });
  };
  Object.assign(doc, { _transport: { messageHandler: { sendWithStream } }, pagesMapper: { getPageId: (pageNumber: number) => pageNumber } });
  return { doc, asked, requests };
}

describe('SharedText', () => {
  it('extracts a page once for the indexer and find; a drawn page’s text layer (with markers) gets its own', async () => {
    const { doc, asked } = fakeDocument();
    const shared = SharedText.install(doc);
    const page = await doc.getPage(1);
    await shared.raw(page);
    expect(await read(page.streamTextContent({ disableNormalization: true }))).toBe(1);
    expect(asked.text).toBe(1);
    expect(await read(page.streamTextContent({ includeMarkedContent: true, disableNormalization: true }))).toBe(1);
    expect(asked.text).toBe(2);
  });

  it('holds the text layer and the structure tree until indexing ends, but not find', async () => {
    const { doc, asked } = fakeDocument();
    const shared = SharedText.install(doc);
    const page = await doc.getPage(1);
    let endIndexing = () => {};
    shared.deferLayers(new Promise<void>((resolve) => (endIndexing = resolve)));

    let layerItems: number | null = null;
    void read(page.streamTextContent({ includeMarkedContent: true, disableNormalization: true })).then((n) => (layerItems = n));
    const tree = page.getStructTree();
    expect(await read(page.streamTextContent({ disableNormalization: true }))).toBe(1); // find
    await settled();
    expect(layerItems).toBeNull();
    expect(asked.structTree).toBe(0);

    endIndexing();
    await tree;
    await settled();
    expect(layerItems).toBe(1);
    expect(asked.structTree).toBe(1);
  });

  it('asks the worker for a page’s whole text without pausing every 100 items, as find asks for it', async () => {
    const { doc, asked, requests } = fakeDocumentWithTransport();
    const shared = SharedText.install(doc);
    const page = await doc.getPage(1);
    const content = await shared.raw(page);
    expect(content.items.map((item) => ('str' in item ? item.str : ''))).toEqual(['whole']);
    expect(requests).toEqual([
      { action: 'GetTextContent', data: { pageId: 0, pageIndex: 0, includeMarkedContent: false, disableNormalization: true }, highWaterMark: Infinity },
    ]);
    expect(asked.text).toBe(0); // not through pdf.js's own 100-item stream
    expect(await read(page.streamTextContent({ disableNormalization: true }))).toBe(1); // find: the same copy
    expect(requests).toHaveLength(1);
  });
});

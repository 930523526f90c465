// One text extraction per page, shared by the paragraph indexer and pdf.js's find controller.
//
// The find controller asks the page for `streamTextContent({ disableNormalization: true })`; the
// indexer used to ask the worker for the whole document's text again (normalised). Here the worker
// extracts each page once in find's form; the indexer normalises the strings itself (pdf.js's own
// `normalizeUnicode`, which the worker applies otherwise). pdf.js's text layer asks for the same text
// with the structure's marked-content markers: those cost the worker ~5 % more on a tagged UN PDF,
// for every page, so only drawn pages get them, in an extraction of their own after the index.
//
// The shared extraction asks for a page's whole text in one go (see wholePageText): pdf.js streams text
// 100 items at a time and its worker pauses a page after each 100 until the main thread asks for more.
// With every page asked for at once, that "more" waits in the worker's queue behind all the other pages'
// requests, so page 1 finished only after the worker had started every page, and indexing then caught
// up on a burst of pages after the worker was done. On A/80/L.41 (dense pages) the first badge came at
// ~90 % of the extraction; in pdf.js alone with 15 ms of main-thread work per page, 979 → 792 ms.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

/** What find asks for; the one extraction the indexer and find are served from. */
const RAW_TEXT = { disableNormalization: true } as const;

type TextParams = { includeMarkedContent?: boolean; disableNormalization?: boolean } | undefined;
type StreamTextContent = (params?: TextParams) => ReadableStream<TextContent>;

export class SharedText {
  private readonly contents = new Map<number, Promise<TextContent>>();
  private readonly streams = new WeakMap<PDFPageProxy, StreamTextContent>();
  /** While set, the text layer and the structure tree wait for it (see deferLayers). */
  private layersWait: Promise<void> | null = null;

  private constructor(private readonly doc: PDFDocumentProxy | null) {}

  /**
   * Makes every page proxy of `doc` (pdf.js hands out one per page) serve un-normalised text
   * requests from the shared copy. Call before anything asks the document for pages.
   */
  static install(doc: PDFDocumentProxy): SharedText {
    const shared = new SharedText(doc);
    const getPage = doc.getPage.bind(doc);
    doc.getPage = async (pageNumber: number) => {
      const page = await getPage(pageNumber);
      shared.patch(page);
      return page;
    };
    return shared;
  }

  /**
   * Until `until` settles, pages drawn meanwhile get their text layer (with pdf.js's link detection and
   * accessibility sort over it) and structure tree only then: on the main thread and in the one worker
   * that work would compete with indexing, and the drawn page shows without it. Find is not held.
   */
  deferLayers(until: Promise<unknown>): void {
    const wait = until.then(
      () => undefined,
      () => undefined,
    );
    this.layersWait = wait;
    void wait.then(() => {
      if (this.layersWait === wait) this.layersWait = null;
    });
  }

  /** The page's text as find wants it (no markers, strings not normalised), extracted once. */
  raw(page: PDFPageProxy): Promise<TextContent> {
    let content = this.contents.get(page.pageNumber);
    if (!content) {
      const stream = (this.doc && wholePageText(this.doc, page)) ?? (this.streams.get(page) ?? page.streamTextContent.bind(page))(RAW_TEXT);
      content = readAll(stream);
      this.contents.set(page.pageNumber, content);
      content.catch(() => this.contents.delete(page.pageNumber)); // a failed extraction may be retried
    }
    return content;
  }

  private patch(page: PDFPageProxy): void {
    if (this.streams.has(page)) return;
    const original = page.streamTextContent.bind(page) as StreamTextContent;
    this.streams.set(page, original);
    const replacement: StreamTextContent = (params) => {
      // Normalised text is not what the copy holds: those requests go to the worker as before.
      if (params?.disableNormalization !== true) return original(params);
      if (params.includeMarkedContent !== true) return streamOf(this.raw(page)); // find: never held
      // The text layer (the only one asking with markers): its own extraction, once indexing is over.
      const wait = this.layersWait;
      return wait ? streamOf(wait.then(() => readAll(original(params)))) : original(params);
    };
    (page as { streamTextContent: StreamTextContent }).streamTextContent = replacement;
    const getStructTree = page.getStructTree.bind(page);
    page.getStructTree = () => {
      const wait = this.layersWait;
      return wait ? wait.then(getStructTree) : getStructTree();
    };
  }
}

interface TextTransport {
  messageHandler?: {
    sendWithStream?(action: string, data: object, strategy: QueuingStrategy<TextContent>): ReadableStream<TextContent>;
  };
}

/**
 * The page's text as find wants it, asked of the worker as `page.streamTextContent(RAW_TEXT)` does (same
 * action, same parameters) but without its 100-item high-water mark, so the worker extracts the page to
 * the end without waiting for the main thread. Uses pdf.js internals (`_transport`, pinned pdf.js): null
 * when they are not there, and the caller falls back on the public stream.
 */
function wholePageText(doc: PDFDocumentProxy, page: PDFPageProxy): ReadableStream<TextContent> | null {
  const transport = (doc as unknown as { _transport?: TextTransport })._transport;
  const mapper = (doc as { pagesMapper?: { getPageId?(pageNumber: number): number } }).pagesMapper;
  const handler = transport?.messageHandler;
  if (typeof handler?.sendWithStream !== 'function' || typeof mapper?.getPageId !== 'function') return null;
  return handler.sendWithStream(
    'GetTextContent',
    { pageId: mapper.getPageId(page.pageNumber) - 1, pageIndex: page.pageNumber - 1, includeMarkedContent: false, ...RAW_TEXT },
    { highWaterMark: Infinity, size: (content) => content.items.length },
  );
}

/** A one-chunk stream of text already read (or being read). */
function streamOf(content: Promise<TextContent>): ReadableStream<TextContent> {
  return new ReadableStream<TextContent>({
    async start(controller) {
      try {
        controller.enqueue(await content);
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

async function readAll(stream: ReadableStream<TextContent>): Promise<TextContent> {
  const reader = stream.getReader();
  const content: TextContent = { items: [], styles: Object.create(null) as TextContent['styles'], lang: null };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return content;
    content.lang ??= value.lang;
    Object.assign(content.styles, value.styles);
    for (const item of value.items) content.items.push(item);
  }
}

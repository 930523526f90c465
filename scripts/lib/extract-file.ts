// Reads a PDF or HTML file from disk into the CLI's JSON shape, through the same utils/ as the extension.
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectDocument } from '../../utils/detect';
import type { DocumentId } from '../../utils/document-id';
import type { SegmentedDocument, TextChange } from '../../utils/paragraphs/model';
import { segmentDom } from '../../utils/paragraphs/from-dom';
import { explainPdfError, sniffPdfBytes } from '../../utils/pdf/pdf-problems';
import { segmentPdf } from '../../utils/paragraphs/from-pdf-text';
import { readAllPages } from '../../utils/pdf/read-pages';
import { hasTrackedMarkup, readMarkedPages, readTrackedPages } from '../../utils/pdf/tracked-changes';
import { openPdf } from './pdfjs-node';
import { InputProblem, readInput } from './read-input';

export { InputProblem };

export interface ExtractedParagraph {
  label: string;
  kind: string;
  text: string;
  page: number | null;
  heading: string | null;
  part?: number;
  /** Tracked-changes PDFs: a paragraph deleted whole. */
  status?: 'deleted';
  /** Tracked-changes PDFs: the insertions and deletions marked in the paragraph. */
  changes?: TextChange[];
}

export interface ExtractResult {
  document: Pick<DocumentId, 'family' | 'revision' | 'variant' | 'symbol' | 'title'>;
  paragraphs: ExtractedParagraph[];
}


export async function extractFile(path: string): Promise<ExtractResult> {
  const bytes = await readInput(path);
  const url = pathToFileURL(resolve(path)).href;
  const looksHtml = /^\.x?html?$/i.test(extname(path));
  return looksHtml ? extractHtml(bytes, url) : extractPdf(bytes, url);
}

export async function extractPdf(bytes: Uint8Array, url: string): Promise<ExtractResult> {
  const problem = sniffPdfBytes(bytes);
  if (problem) throw new InputProblem(`${basename(new URL(url).pathname)}: ${problem.message}`);
  let segmented: SegmentedDocument<unknown>;
  try {
    // pdf.js takes ownership of the buffer it is given; keep ours for the truncation check.
    const doc = await openPdf(bytes.slice());
    try {
      segmented = segmentPdf(await readAllPages(doc));
      // A tracked-changes PDF, known by its title or by the markup on a few pages, is read again with
      // its drawing: the text as it stands, the changes, the paragraphs deleted whole.
      const said = detectDocument({ url, text: segmented.title }).variant === 'tracked';
      if (said || (await hasTrackedMarkup(doc))) {
        const reading = readTrackedPages(await readMarkedPages(doc));
        if (reading.tracked) segmented = reading.document;
      }
    } finally {
      await doc.loadingTask.destroy();
    }
  } catch (error) {
    throw new InputProblem(`${basename(new URL(url).pathname)}: ${explainPdfError(error, bytes).message}`);
  }
  return toResult(url, segmented);
}

export async function extractHtml(bytes: Uint8Array, url: string): Promise<ExtractResult> {
  const { JSDOM } = await import('jsdom');
  const html = new TextDecoder().decode(bytes);
  if (!html.trim()) throw new InputProblem(`${basename(new URL(url).pathname)}: The file is empty.`);
  const dom = new JSDOM(html, { url });
  const segmented = segmentDom(dom.window.document);
  const titleText = [dom.window.document.title, segmented.title].filter(Boolean).join(' ');
  return toResult(url, { ...segmented, title: titleText || segmented.title });
}

function toResult(url: string, segmented: SegmentedDocument<unknown>): ExtractResult {
  const id = detectDocument({ url, text: segmented.title });
  return {
    document: {
      family: id.family,
      revision: id.revision,
      variant: id.variant,
      symbol: id.symbol,
      title: id.title ?? segmented.title,
    },
    paragraphs: segmented.paragraphs.map((p) => ({
      label: p.label,
      kind: p.kind,
      text: p.text,
      page: p.page,
      heading: p.heading,
      ...(p.part > 0 ? { part: p.part } : {}),
      ...(p.status ? { status: p.status } : {}),
      ...(p.changes ? { changes: p.changes } : {}),
    })),
  };
}

// Reads paragraphs out of a UN resolution or draft as pdf.js sees it: page by page, so the viewer can
// badge a page as soon as its text is known. Lines are grouped into blocks (a block starts at a new
// indent, after paragraph spacing or where the type style changes); a block is a numbered paragraph,
// a preambular paragraph, a heading, part of the title, or the continuation of the paragraph before.
//
// Per page: drafting-aids.ts (markup pane, line numbers) → lines.ts (items → lines) → running-furniture.ts
// → footnotes.ts → layout.ts (margins, pitch)
// → the block rules below, with paragraph-labels.ts, preambular.ts, hyphenation.ts, normalize-text.ts.
import type { PdfPageText } from '../pdf/page-text';
import { ANNEX_WORD } from './annex-word';
import { dropFootnotes } from './footnotes';
import { joinLineText } from './hyphenation';
import { Layout } from './layout';
import { buildLines, pageStyle, type PdfLine } from './lines';
import type { Heading, Paragraph, PdfBox, SegmentedDocument } from './model';
import { insertedAfter } from './inserted-paragraph';
import { normalizeParagraphText } from './normalize-text';
import { isSubParagraph, letterLabel, numberLabel, preambleLabel, type LineLabel } from './paragraph-labels';
import { endsLikePreambular, isPreambularOpening } from './preambular';
import { createDraftingAidsFilter } from './drafting-aids';
import { createFurnitureFilter } from './running-furniture';
import { createSplitWordJoiner } from './rejoin-split-words';

type PdfParagraph = Paragraph<PdfBox>;
type PdfHeading = Heading<PdfBox>;

export interface PdfSegmenter {
  /** Paragraphs that start on this page, labels final (a paragraph's text may still grow on later pages). */
  addPage(page: PdfPageText): PdfParagraph[];
  finish(): SegmentedDocument<PdfBox>;
}

/** Where a block's lines go once the block is understood. */
type Sink =
  | { to: 'pending' }
  | { to: 'paragraph'; paragraph: PdfParagraph }
  | { to: 'heading'; heading: PdfHeading }
  | { to: 'title'; index: number }
  | { to: 'drop' };

interface Block {
  sink: Sink;
  first: PdfLine;
  last: PdfLine;
  lines: number;
  /** Raw text while pending. */
  text: string;
  /** x of the text after a label (hanging indent), and of the block's second line. */
  textX: number | null;
  contX: number | null;
  styledChars: number;
  chars: number;
}

/** "Annex I" in any language version, alone on its line. */
const ANNEX = new RegExp(String.raw`^${ANNEX_WORD}(?:\s+(?:[IVXLC]{1,5}|\d{1,2}|[A-Z]))?\s*\**$`, 'i');
const ENDS_SENTENCE = /[.;:]["”’)\]]*$/;
const ENDS_PUNCTUATED = /[.,;:]["”’)\]]*$/;
const TITLE_MAX_CHARS = 2000;

export interface SegmenterOptions {
  /** The pages come without the drafting tool's margins already (the tracked-changes reader drops them first). */
  draftingAidsRemoved?: boolean;
}

export function segmentPdf(pages: PdfPageText[], options: SegmenterOptions = {}): SegmentedDocument<PdfBox> {
  const segmenter = createPdfSegmenter(options);
  for (const page of pages) segmenter.addPage(page);
  return segmenter.finish();
}

export function createPdfSegmenter({ draftingAidsRemoved = false }: SegmenterOptions = {}): PdfSegmenter {
  const furniture = createFurnitureFilter();
  const withoutDraftingAids = draftingAidsRemoved ? <P extends PdfPageText>(page: P) => page : createDraftingAidsFilter();
  const layout = new Layout();
  const paragraphs: PdfParagraph[] = [];
  const headings: PdfHeading[] = [];
  const titleParts: string[] = [];
  const rawText = new Map<object, string>();
  let touched = new Set<PdfParagraph | PdfHeading>();
  /** Split words are mended with the whole document as dictionary; paragraphs go in once final. */
  const joiner = createSplitWordJoiner();
  let joined = 0;

  let part = 0;
  let lastNumber = 0;
  let preambleCount = 0;
  let partHasNumbered = false;
  let currentHeading: string | null = null;
  let currentParagraph: PdfParagraph | null = null;
  let block: Block | null = null;
  let prevLine: PdfLine | null = null;
  /** The last title block, in case it turns out to be the heading over the first paragraph. */
  let lastTitle: { block: Block; index: number } | null = null;
  let bodySize = 10;
  let pageNumber = 0;
  let startedOnPage: PdfParagraph[] = [];

  const append = (target: PdfParagraph | PdfHeading, text: string) => {
    rawText.set(target, joinLineText(rawText.get(target) ?? '', text));
    touched.add(target);
  };

  const anchorOf = (line: PdfLine): PdfBox => ({
    page: line.page,
    x: line.x,
    y: line.y,
    width: line.right - line.x,
    height: line.size,
  });

  const newParagraph = (label: string, kind: PdfParagraph['kind'], first: PdfLine, text: string): PdfParagraph => {
    const paragraph: PdfParagraph = { label, kind, text: '', page: first.page, heading: currentHeading, part, anchor: anchorOf(first) };
    if (!paragraphs.length) promoteLastTitleToHeading(paragraph);
    paragraphs.push(paragraph);
    if (first.page === pageNumber) startedOnPage.push(paragraph);
    currentParagraph = paragraph;
    append(paragraph, text);
    return paragraph;
  };

  /** A short heading just above the very first paragraph was taken for title text: give it back. */
  function promoteLastTitleToHeading(paragraph: PdfParagraph): void {
    if (!lastTitle || lastTitle.index !== titleParts.length - 1) return;
    const { block: b } = lastTitle;
    const text = normalizeParagraphText(titleParts[lastTitle.index] ?? '');
    if (!looksLikeHeading(b, text) || b.first.size > bodySize + 0.5 || text.length > 80) return;
    titleParts.pop();
    headings.push({ text, page: b.first.page, part, anchor: anchorOf(b.first) });
    currentHeading = text;
    paragraph.heading = text;
  }

  function looksLikeHeading(b: Block, text: string): boolean {
    if (!text || text.length > 150 || ENDS_PUNCTUATED.test(text) || isSubParagraph(text)) return false;
    if (!/^[\p{Lu}\d]/u.test(text)) return false;
    if (b.chars && b.styledChars / b.chars >= 0.8 && b.lines <= 3) return true;
    const textWidth = layout.rightEdge - layout.margin;
    return b.lines === 1 && text.length <= 80 && b.first.right - b.first.x < 0.7 * textWidth;
  }

  function leadWordStyled(line: PdfLine): boolean {
    const [first] = line.runs;
    return !!first?.styled && line.runs.some((r) => !r.styled);
  }

  /** Decides what a pending block is. `closed`: its last line is known (otherwise the page ended). */
  function classify(b: Block, closed: boolean): void {
    if (b.sink.to !== 'pending') return;
    const text = normalizeParagraphText(b.text);
    if (isSubParagraph(text) && currentParagraph && currentParagraph.part === part) {
      b.sink = { to: 'paragraph', paragraph: currentParagraph };
      append(currentParagraph, b.text);
      return;
    }
    if (!partHasNumbered && isPreamble(b, text, closed)) {
      const letter = letterLabel(b.first);
      const label = letter ? letter.label : `PP${++preambleCount}`;
      const body = letter ? b.text.replace(/^[A-Z]\.\s+/, '') : b.text;
      b.sink = { to: 'paragraph', paragraph: newParagraph(label, 'preambular', b.first, body) };
      return;
    }
    if (!paragraphs.length) {
      titleParts.push(b.text);
      b.sink = { to: 'title', index: titleParts.length - 1 };
      lastTitle = { block: b, index: titleParts.length - 1 };
      return;
    }
    if (looksLikeHeading(b, text)) {
      const heading: PdfHeading = { text: '', page: b.first.page, part, anchor: anchorOf(b.first) };
      headings.push(heading);
      append(heading, b.text);
      currentHeading = text;
      b.sink = { to: 'heading', heading };
      return;
    }
    if (currentParagraph && currentParagraph.part === part) {
      b.sink = { to: 'paragraph', paragraph: currentParagraph };
      append(currentParagraph, b.text);
      return;
    }
    b.sink = { to: 'drop' };
  }

  function isPreamble(b: Block, text: string, closed: boolean): boolean {
    const letter = letterLabel(b.first);
    if (closed || ENDS_PUNCTUATED.test(text)) {
      if (!endsLikePreambular(text)) return false;
    }
    return isPreambularOpening(letter ? letter.rest : text, leadWordStyled(b.first));
  }

  function closeBlock(): void {
    if (block) classify(block, true);
    block = null;
  }

  function openBlock(line: PdfLine, sink: Sink, label: LineLabel | null): Block {
    block = {
      sink,
      first: line,
      last: line,
      lines: 1,
      text: sink.to === 'pending' ? line.text : '',
      textX: label ? label.textX : null,
      contX: null,
      styledChars: 0,
      chars: 0,
    };
    countStyle(block, line);
    return block;
  }

  function countStyle(b: Block, line: PdfLine): void {
    for (const run of line.runs) {
      b.chars += run.text.length;
      if (run.styled) b.styledChars += run.text.length;
    }
  }

  function continueBlock(b: Block, line: PdfLine): void {
    if (b.lines === 1) b.contX = line.x;
    b.lines++;
    b.last = line;
    countStyle(b, line);
    const sink = b.sink;
    if (sink.to === 'pending') b.text = joinLineText(b.text, line.text);
    else if (sink.to === 'paragraph') append(sink.paragraph, line.text);
    else if (sink.to === 'heading') append(sink.heading, line.text);
    else if (sink.to === 'title') titleParts[sink.index] = joinLineText(titleParts[sink.index] ?? '', line.text);
  }

  const samePage = (a: PdfLine | null, b: PdfLine) => !!a && a.page === b.page;

  function startsBlock(line: PdfLine, b: Block | null): boolean {
    if (!b) return true;
    const prev = b.last;
    if (samePage(prev, line) && prev.y - line.y > 1.4 * layout.pitch) return true;
    const styled = line.styledShare >= 0.9;
    const prevStyled = prev.styledShare >= 0.9;
    if (prevStyled && !styled) return true;
    if (styled && !prevStyled && ENDS_PUNCTUATED.test(prev.text)) return true;
    const tolerance = 0.6 * line.size;
    const near = (x: number | null) => x !== null && Math.abs(line.x - x) < tolerance;
    if (!near(layout.margin) && !near(b.contX) && !near(b.textX)) return true;
    // Without indents or spacing: a short last line ending a sentence, then a capital.
    const textWidth = layout.rightEdge - layout.margin;
    return ENDS_PUNCTUATED.test(prev.text) && prev.right < layout.rightEdge - 0.2 * textWidth && /^[\p{Lu}(“"]/u.test(line.text) && samePage(prev, line);
  }

  /** Whether a line opening with a number really starts that numbered paragraph. */
  function acceptNumber(label: LineLabel, line: PdfLine): 'yes' | 'restart' | 'no' {
    const n = label.n ?? 0;
    const prev = prevLine;
    const size = line.size;
    const margin = layout.margin;
    const atMargin = Math.abs(line.x - margin) < 0.5 * size;
    const spaced = !samePage(prev, line) || (prev !== null && prev.y - line.y > 1.3 * layout.pitch);
    const prevEnds = !prev || ENDS_PUNCTUATED.test(prev.text) || looksLikeHeadingLine(prev);
    const learned = layout.numberX;
    let placed: boolean;
    if (learned !== null) placed = Math.abs(line.x - learned) < size && (!atMargin || Math.abs(learned - margin) < 0.5 * size);
    else placed = !atMargin || spaced || prevEnds;
    if (!placed) return 'no';
    if (atMargin && !(spaced || prevEnds)) return 'no';
    if (label.suffix) return insertedAfter(n, lastNumber) && (prevEnds || spaced) ? 'yes' : 'no';
    if (n === lastNumber + 1) return 'yes';
    if (lastNumber === 0) return spaced || prevEnds ? 'yes' : 'no';
    if (learned === null || !prevEnds) return 'no';
    if (n > lastNumber && n <= lastNumber + 5) return 'yes';
    if (n === 1 && lastNumber >= 3 && spaced) return 'restart';
    return 'no';
  }

  function looksLikeHeadingLine(line: PdfLine): boolean {
    return line.styledShare >= 0.9 && !ENDS_PUNCTUATED.test(line.text);
  }

  function startPart(): void {
    part++;
    lastNumber = 0;
    preambleCount = 0;
    partHasNumbered = false;
    currentParagraph = null;
    currentHeading = null;
  }

  function processLine(line: PdfLine): void {
    const spaced = !samePage(prevLine, line) || (prevLine !== null && prevLine.y - line.y > 1.3 * layout.pitch);
    if (ANNEX.test(line.text) && (line.styledShare > 0.5 || Math.abs(line.x - layout.margin) > line.size || spaced)) {
      closeBlock();
      startPart();
      const text = normalizeParagraphText(line.text);
      const heading: PdfHeading = { text, page: line.page, part, anchor: anchorOf(line) };
      headings.push(heading);
      currentHeading = text;
      openBlock(line, { to: 'heading', heading }, null);
      rawText.set(heading, line.text);
      return;
    }
    // "PP3 Recalling …": a preambular paragraph by its printed label, where a paragraph may start.
    const preamble = preambleLabel(line);
    if (preamble && (spaced || !prevLine || ENDS_PUNCTUATED.test(prevLine.text))) {
      closeBlock();
      preambleCount = preamble.n ?? preambleCount;
      const paragraph = newParagraph(preamble.label, 'preambular', line, preamble.rest);
      openBlock(line, { to: 'paragraph', paragraph }, preamble);
      return;
    }
    const label = numberLabel(line);
    const verdict = label ? acceptNumber(label, line) : 'no';
    if (label && verdict !== 'no') {
      closeBlock();
      if (verdict === 'restart') startPart();
      lastNumber = label.n ?? lastNumber;
      partHasNumbered = true;
      layout.noteNumberAt(line.x);
      const paragraph = newParagraph(label.label, 'operative', line, label.rest);
      openBlock(line, { to: 'paragraph', paragraph }, label);
      return;
    }
    if (block && !startsBlock(line, block)) {
      continueBlock(block, line);
      return;
    }
    closeBlock();
    const sub = isSubParagraph(line.text) ? line.text.indexOf(')') + 1 : 0;
    const b = openBlock(line, { to: 'pending' }, null);
    if (sub) b.textX = line.runs.find((r) => r.start > sub)?.x ?? null;
  }

  return {
    addPage(printed) {
      const page = withoutDraftingAids(printed);
      pageNumber = page.pageNumber;
      startedOnPage = [];
      touched = new Set();
      const style = pageStyle(page);
      bodySize = style.bodySize;
      const lines = dropFootnotes(furniture.filter(buildLines(page, style), page.height, style), page.height, style);
      layout.observe(lines, style);
      for (const line of lines) {
        processLine(line);
        prevLine = line;
      }
      if (block) classify(block, false); // labels must be final when the page is handed over
      for (const target of touched) target.text = normalizeParagraphText(rawText.get(target) ?? '');
      // Only the current paragraph can still grow (later lines append to it alone).
      while (joined < paragraphs.length - 1) joiner.add(paragraphs[joined++]!.text);
      return startedOnPage;
    },
    finish() {
      closeBlock();
      for (const target of touched) target.text = normalizeParagraphText(rawText.get(target) ?? '');
      while (joined < paragraphs.length) joiner.add(paragraphs[joined++]!.text);
      // Needs the whole document as its dictionary, so only once all pages are in.
      const rejoined = joiner.finish();
      paragraphs.forEach((p, i) => (p.text = rejoined[i]!));
      const title = normalizeParagraphText(titleParts.join(' ')).slice(0, TITLE_MAX_CHARS);
      return { paragraphs, headings, title: title || null };
    },
  };
}

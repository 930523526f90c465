// Tracked-changes PDFs (a word processor's "show markup" printed to PDF) read as such: each paragraph's
// text as it now stands, its marked insertions and deletions, and the paragraphs deleted whole.
//
// The cues are drawn, not written: a rule through the middle of glyphs is a deletion, a rule under
// them an insertion, and text in the colour of such marks (the reviser's colour, whatever it is) but
// without a rule is an insertion too. Steps: glyphs + rules → a mark per glyph (`markGlyphs`) → the
// marks carried onto pdf.js's text items, split where the mark changes (`markPageText`) → the
// paragraphs of the text without deletions (the usual segmenter) → every printed line given to the
// paragraph it falls under, for that paragraph's changes, and runs of wholly struck lines that open
// with a number or a paragraph gap reported as deleted paragraphs (`readTrackedPages`).
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { segmentPdf } from '../paragraphs/from-pdf-text';
import type { Heading, Paragraph, PdfBox, SegmentedDocument, TextChange } from '../paragraphs/model';
import { normalizeParagraphText } from '../paragraphs/normalize-text';
import { createDraftingAidsFilter } from '../paragraphs/drafting-aids';
import { toPageText, type PdfPageText, type PdfTextItem } from './page-text';
import { readPageDrawing, type DrawnGlyph, type DrawnRule, type PageDrawing } from './page-drawing';

export type Mark = 'ins' | 'del';

export interface MarkedTextItem extends PdfTextItem {
  mark: Mark | null;
}

export interface MarkedPageText extends PdfPageText {
  items: MarkedTextItem[];
}

export interface TrackedReading {
  /** Whether the pages carry tracked-changes markup at all (if not, `document` is the ordinary reading). */
  tracked: boolean;
  /**
   * Live paragraphs (labels as printed: the new numbering) with `changes`, and the paragraphs deleted
   * whole, in document order, with `status: 'deleted'` and the label "del-<printed number>".
   */
  document: SegmentedDocument<PdfBox>;
}

/** A strike-through runs through the x-height band; an underline just under the baseline. */
const STRIKE_BAND: readonly [number, number] = [0.12, 0.6];
const UNDERLINE_BAND: readonly [number, number] = [-0.45, 0.03];
/** Marked glyphs below this count are stray rules (a hyperlink, a signature line), not markup. */
const MIN_MARKED_GLYPHS = 8;

// ---------------------------------------------------------------- glyphs → marks

/**
 * The mark of each glyph, from the rules drawn through or under it and, failing those, its colour:
 * text in a reviser's colour (see `reviserColours`) is an insertion even without a rule (Word's and
 * LibreOffice's "colour only" markup).
 */
export function markGlyphs(drawing: PageDrawing, revisers: ReadonlySet<string> = reviserColours([drawing])): (Mark | null)[] {
  const marks = ruleMarks(drawing);
  drawing.glyphs.forEach((g, i) => {
    if (!marks[i] && g.str.trim() && g.color && revisers.has(g.color)) marks[i] = 'ins';
  });
  return marks;
}

/** Marks from rules alone: through the letters a deletion, under them an insertion. */
function ruleMarks(drawing: PageDrawing): (Mark | null)[] {
  const rules = [...drawing.rules].sort((a, b) => a.x1 - b.x1);
  return drawing.glyphs.map((g): Mark | null => {
    if (!g.str.trim() || g.size <= 0) return null;
    let strike = false;
    let under = false;
    for (const r of rules) {
      if (r.x1 > g.x + g.width) break;
      if (r.thickness > 0.2 * g.size) continue;
      const overlap = Math.min(r.x2, g.x + g.width) - Math.max(r.x1, g.x);
      if (overlap < 0.5 * Math.max(g.width, 0.1)) continue;
      const dy = (r.y - g.y) / g.size;
      if (dy >= STRIKE_BAND[0] && dy <= STRIKE_BAND[1]) strike = true;
      else if (dy >= UNDERLINE_BAND[0] && dy <= UNDERLINE_BAND[1]) under = true;
    }
    return strike ? 'del' : under ? 'ins' : null;
  });
}

/**
 * The revisers' colours in a document: those of text struck through or underlined, and any chromatic
 * text colour on pages that carry such marks (a reviser may show insertions in colour only, in
 * another colour than deletions). Body text, grays and pages without marks contribute nothing.
 */
export function reviserColours(drawings: readonly PageDrawing[]): Set<string> {
  const revisers = new Set<string>();
  for (const drawing of drawings) {
    const marks = ruleMarks(drawing);
    if (!marks.some(Boolean)) continue;
    const body = bodyColor(drawing.glyphs);
    drawing.glyphs.forEach((g, i) => {
      if (g.color && g.color !== body && (marks[i] || chromatic(g.color))) revisers.add(g.color);
    });
  }
  return revisers;
}

function chromatic(color: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return false;
  const channels = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  return Math.max(...channels) - Math.min(...channels) >= 64;
}

function bodyColor(glyphs: readonly DrawnGlyph[]): string | null {
  const counts = new Map<string, number>();
  for (const g of glyphs) if (g.color) counts.set(g.color, (counts.get(g.color) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [color, count] of counts) if (count > bestCount) [best, bestCount] = [color, count];
  return best;
}

// ---------------------------------------------------------------- marks → text items

interface GlyphChar {
  ch: string;
  x: number;
  right: number;
  mark: Mark | null;
}

/**
 * The page's text items with a mark each, an item split where the mark changes inside it. Text items
 * and glyphs come from the same content stream in the same order, so they are matched character by
 * character (spaces aside), resynchronising over anything one side has and the other lacks.
 */
export function markPageText(page: PdfPageText, drawing: PageDrawing, marks: readonly (Mark | null)[] = markGlyphs(drawing)): MarkedPageText {
  const chars: GlyphChar[] = [];
  drawing.glyphs.forEach((g, i) => {
    const parts = [...g.str].filter((c) => c.trim());
    parts.forEach((ch, k) => {
      const w = g.width / parts.length;
      chars.push({ ch, x: g.x + k * w, right: g.x + (k + 1) * w, mark: marks[i] ?? null });
    });
  });
  let next = 0;
  const items: MarkedTextItem[] = [];
  for (const item of page.items) {
    const text = [...item.str];
    const matched: (GlyphChar | null)[] = text.map((ch) => {
      if (!ch.trim()) return null;
      const c = ch.normalize('NFKC');
      for (let k = next; k < Math.min(chars.length, next + 40); k++) {
        if (chars[k]!.ch === c) {
          next = k + 1;
          return chars[k]!;
        }
      }
      return null;
    });
    items.push(...splitByMark(item, text, matched));
  }
  return { ...page, items };
}

function splitByMark(item: PdfTextItem, text: string[], matched: (GlyphChar | null)[]): MarkedTextItem[] {
  // Spaces and unmatched characters take the mark of the character before them (else after).
  const marks: (Mark | null | undefined)[] = matched.map((m) => (m ? m.mark : undefined));
  for (let i = 1; i < marks.length; i++) if (marks[i] === undefined) marks[i] = marks[i - 1];
  for (let i = marks.length - 2; i >= 0; i--) if (marks[i] === undefined) marks[i] = marks[i + 1];
  const first = marks[0] ?? null;
  if (marks.every((m) => (m ?? null) === first)) return [{ ...item, mark: first }];
  const out: MarkedTextItem[] = [];
  const charWidth = text.length ? item.width / text.length : 0;
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && (marks[i] ?? null) === (marks[start] ?? null)) continue;
    const piece = text.slice(start, i);
    const glyphs = matched.slice(start, i).filter((m): m is GlyphChar => m !== null);
    const x = glyphs[0]?.x ?? item.x + start * charWidth;
    const right = glyphs.at(-1)?.right ?? item.x + i * charWidth;
    // A leading space belongs to the gap before the piece: start the item at its first glyph.
    const lead = piece.length - piece.join('').trimStart().length;
    out.push({ ...item, str: piece.join('').slice(lead), x: lead ? x : x, width: Math.max(0, right - x), hasEOL: i === text.length && item.hasEOL, mark: marks[start] ?? null });
    start = i;
  }
  return out.filter((p) => p.str.length > 0);
}

// ---------------------------------------------------------------- paragraphs

interface MarkedLine {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  segments: { text: string; mark: Mark | null }[];
}

type Start = { kind: 'paragraph'; paragraph: Paragraph<PdfBox> } | { kind: 'heading'; heading: Heading<PdfBox> };

/** Paragraphs of marked pages: the text as it stands, the changes, the paragraphs deleted whole. */
export function readTrackedPages(printed: readonly MarkedPageText[]): TrackedReading {
  const withoutDraftingAids = createDraftingAidsFilter();
  const pages = printed.map((page) => withoutDraftingAids(page));
  const marked = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + (i.mark ? i.str.replace(/\s/g, '').length : 0), 0), 0);
  // Dropped once, above: the segmenter need not look for them again.
  if (marked < MIN_MARKED_GLYPHS) return { tracked: false, document: segmentPdf(pages, { draftingAidsRemoved: true }) };
  const live = segmentPdf(pages.map(liveText), { draftingAidsRemoved: true });

  const starts: Start[] = [
    ...live.paragraphs.map((paragraph): Start => ({ kind: 'paragraph', paragraph })),
    ...live.headings.map((heading): Start => ({ kind: 'heading', heading })),
  ].sort((a, b) => compareBoxes(boxOf(a), boxOf(b)));
  const linesOf = new Map<Start, MarkedLine[]>();
  let s = -1;
  for (const line of pages.flatMap(bodyLines)) {
    while (s + 1 < starts.length && startsBefore(boxOf(starts[s + 1]!), line)) s++;
    if (s < 0) continue; // the title block
    const owner = starts[s]!;
    linesOf.set(owner, [...(linesOf.get(owner) ?? []), line]);
  }

  const paragraphs: Paragraph<PdfBox>[] = [];
  let currentHeading: Heading<PdfBox> | null = null;
  let lastParagraph: Paragraph<PdfBox> | null = null;
  for (const start of starts) {
    const lines = linesOf.get(start) ?? [];
    const { own, deleted } = splitDeletedBlocks(lines, start.kind === 'heading');
    if (start.kind === 'heading') {
      currentHeading = start.heading;
    } else {
      const changes = changesOf(own, start.paragraph.label);
      paragraphs.push({ ...start.paragraph, changes });
      lastParagraph = start.paragraph;
    }
    for (const block of deleted) paragraphs.push(deletedParagraph(block, lastParagraph, currentHeading, start));
  }
  return { tracked: true, document: { ...live, paragraphs } };
}

/** The page as it now stands (deleted text left out), for a reader that segments pages as they come. */
export function liveText(page: MarkedPageText): PdfPageText {
  return { ...page, items: page.items.filter((i) => i.mark !== 'del') };
}

function boxOf(start: Start): PdfBox {
  return start.kind === 'paragraph' ? start.paragraph.anchor : start.heading.anchor;
}

function compareBoxes(a: PdfBox, b: PdfBox): number {
  return a.page - b.page || b.y - a.y || a.x - b.x;
}

function startsBefore(box: PdfBox, line: MarkedLine): boolean {
  return box.page < line.page || (box.page === line.page && box.y >= line.y - 0.3 * line.size);
}

/** The page's lines in reading order, with their marked segments; small print (notes, furniture) left out. */
function bodyLines(page: MarkedPageText): MarkedLine[] {
  const items = page.items.filter((i) => i.height > 0 && i.str.trim());
  const sizes = new Map<number, number>();
  for (const i of items) sizes.set(Math.round(i.height * 2) / 2, (sizes.get(Math.round(i.height * 2) / 2) ?? 0) + i.str.length);
  const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: MarkedTextItem[][] = [];
  for (const item of items) {
    const last = clusters.at(-1);
    if (last && Math.abs(last[0]!.y - item.y) <= 0.25 * Math.max(last[0]!.height, item.height)) last.push(item);
    else clusters.push([item]);
  }
  const lines: MarkedLine[] = [];
  for (const cluster of clusters) {
    cluster.sort((a, b) => a.x - b.x);
    const size = Math.max(...cluster.map((i) => i.height));
    if (size < 0.9 * bodySize) continue;
    const segments: MarkedLine['segments'] = [];
    let prevRight = -Infinity;
    for (const item of cluster) {
      const gap = item.x - prevRight;
      const text = (segments.length && gap > 0.15 * size ? ' ' : '') + item.str;
      const last = segments.at(-1);
      if (last && last.mark === item.mark) last.text += text;
      else segments.push({ text, mark: item.mark });
      prevRight = item.x + item.width;
    }
    lines.push({ page: page.pageNumber, y: cluster[0]!.y, x: cluster[0]!.x, right: prevRight, size, segments });
  }
  return lines;
}

/** A printed paragraph number ("99.", "B."); a bare number would also catch "10 per cent". */
const LABEL = /^\s*(\d{1,3}|[A-Z]{1,2})[.)]\s/;
/** A sub-paragraph, "(a)" or "(iv)": part of the paragraph above, whatever the spacing before it. */
const SUB_PARAGRAPH = /^\s*\([a-z]{1,4}\)\s/;
const isWhollyDeleted = (line: MarkedLine): boolean => line.segments.every((s) => s.mark === 'del' || !s.text.trim());

/**
 * Lines of one paragraph (or heading) and the blocks of wholly struck lines after it that are
 * paragraphs of their own: they open with a printed number or after a paragraph gap. A struck line
 * inside a paragraph is a deletion in that paragraph.
 */
function splitDeletedBlocks(lines: readonly MarkedLine[], underHeading: boolean): { own: MarkedLine[]; deleted: MarkedLine[][] } {
  const own: MarkedLine[] = [];
  const deleted: MarkedLine[][] = [];
  const pitch = typicalPitch(lines);
  let previous: MarkedLine | null = null;
  for (const line of lines) {
    const gap = previous && previous.page === line.page ? previous.y - line.y : Infinity;
    const text = line.segments.map((s) => s.text).join('');
    const opensBlock = LABEL.test(text) || ((gap > 1.25 * pitch || (underHeading && previous === null)) && !SUB_PARAGRAPH.test(text));
    if (isWhollyDeleted(line)) {
      const block = deleted.at(-1);
      const continuing = block && block.at(-1) === previous && !opensBlock;
      if (continuing) block.push(line);
      else if (opensBlock && (own.length > 0 || underHeading)) deleted.push([line]);
      else own.push(line);
    } else if (deleted.length && deleted.at(-1)!.at(-1) === previous) {
      // Live text after a struck block: the block was the paragraph's own tail after all.
      own.push(...deleted.pop()!, line);
    } else {
      own.push(line);
    }
    previous = line;
  }
  return { own, deleted };
}

function typicalPitch(lines: readonly MarkedLine[]): number {
  const gaps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.page !== lines[i - 1]!.page) continue;
    const gap = Math.round((lines[i - 1]!.y - lines[i]!.y) * 2) / 2;
    if (gap > 0) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  const sorted = [...gaps].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return sorted[0]?.[0] ?? 1.2 * (lines[0]?.size ?? 10);
}

/** Runs of the same mark across lines, joined as the text reads (a line-end hyphen joins the word). */
function runsOf(lines: readonly MarkedLine[]): { text: string; mark: Mark | null }[] {
  const runs: { text: string; mark: Mark | null }[] = [];
  for (const line of lines) {
    line.segments.forEach((segment, k) => {
      const last = runs.at(-1);
      const joinsWord = k === 0 && last && /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(segment.text);
      const text = k === 0 && last ? (joinsWord ? segment.text : ` ${segment.text}`) : segment.text;
      if (last && last.mark === segment.mark) last.text = joinsWord ? last.text.slice(0, -1) + text : last.text + text;
      else runs.push({ text, mark: segment.mark });
    });
  }
  return runs;
}

function changesOf(lines: readonly MarkedLine[], label: string): TextChange[] {
  const runs = runsOf(lines);
  const changes: TextChange[] = [];
  runs.forEach((run, i) => {
    if (!run.mark) return;
    let text = normalizeParagraphText(run.text);
    // An inserted paragraph's number is part of the insertion on the page, not of its text.
    if (i === 0) text = text.replace(new RegExp(`^\\(?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[.)]?\\s*`), '');
    if (text) changes.push({ type: run.mark, text });
  });
  return changes;
}

function deletedParagraph(block: MarkedLine[], before: Paragraph<PdfBox> | null, heading: Heading<PdfBox> | null, start: Start): Paragraph<PdfBox> {
  const text = normalizeParagraphText(runsOf(block).map((r) => r.text).join(''));
  const label = LABEL.exec(`${text} `);
  const printed = label ? label[1]! : null;
  const body = label ? text.slice(label[0].length - 1).trim() : text;
  const first = block[0]!;
  return {
    label: `del-${printed ?? (before ? `after-${before.label}` : 'start')}`,
    kind: printed && /^\d+$/.test(printed) ? 'operative' : (before?.kind ?? 'preambular'),
    text: body,
    page: first.page,
    heading: heading?.text ?? before?.heading ?? null,
    part: start.kind === 'paragraph' ? start.paragraph.part : start.heading.part,
    anchor: { page: first.page, x: first.x, y: first.y, width: first.right - first.x, height: first.size },
    status: 'deleted',
    changes: [{ type: 'del', text: body }],
  };
}

// ---------------------------------------------------------------- pdf.js

/**
 * One page's text and drawing, with pdf.js (link areas left out: a link's underline is no insertion).
 * `knownText`: the page's text as already read (the viewer's index), so that only the drawing is asked for.
 */
export async function readPageParts(doc: PDFDocumentProxy, pageNumber: number, knownText?: PdfPageText): Promise<{ text: PdfPageText; drawing: PageDrawing }> {
  const page = await doc.getPage(pageNumber);
  const [text, drawing, annotations] = await Promise.all([
    knownText ?? page.getTextContent().then((content) => toPageText(pageNumber, page.getViewport({ scale: 1 }), content.items)),
    readPageDrawing(page),
    page.getAnnotations(),
  ]);
  const links = (annotations as { subtype?: string; rect?: number[] }[]).filter((a) => a.subtype === 'Link' && a.rect?.length === 4).map((a) => a.rect!);
  const inLink = (x: number, y: number) => links.some(([x1, y1, x2, y2]) => x >= Math.min(x1!, x2!) && x <= Math.max(x1!, x2!) && y >= Math.min(y1!, y2!) - 2 && y <= Math.max(y1!, y2!));
  if (!links.length) return { text, drawing };
  return {
    text,
    drawing: {
      glyphs: drawing.glyphs.map((g) => (inLink(g.x + g.width / 2, g.y) ? { ...g, color: null } : g)),
      rules: drawing.rules.filter((r) => !inLink((r.x1 + r.x2) / 2, r.y)),
    },
  };
}

/**
 * One page, marked, for a viewer that reads pages as they come. `revisers` carries the reviser colours
 * found so far (see `reviserColours`); without it the page's own are used.
 */
export async function readMarkedPage(doc: PDFDocumentProxy, pageNumber: number, revisers?: ReadonlySet<string>): Promise<MarkedPageText> {
  const { text, drawing } = await readPageParts(doc, pageNumber);
  return markPageText(text, drawing, markGlyphs(drawing, revisers ?? reviserColours([drawing])));
}

/** Every page of a PDF, marked, with the reviser colours of the whole document. `knownTexts[n - 1]`: page n's text, if already read. */
export async function readMarkedPages(doc: PDFDocumentProxy, knownTexts: readonly (PdfPageText | undefined)[] = []): Promise<MarkedPageText[]> {
  const parts: { text: PdfPageText; drawing: PageDrawing }[] = [];
  for (let n = 1; n <= doc.numPages; n++) parts.push(await readPageParts(doc, n, knownTexts[n - 1]));
  const revisers = reviserColours(parts.map((p) => p.drawing));
  return parts.map(({ text, drawing }) => markPageText(text, drawing, markGlyphs(drawing, revisers)));
}

/**
 * A cheap look for markup before reading every page's drawing: a few pages spread over the document
 * (the first two, the middle, the last). Revisions change text throughout, so a tracked-changes PDF
 * shows marks on them; a clean one costs four operator lists instead of all.
 */
export async function hasTrackedMarkup(doc: PDFDocumentProxy): Promise<boolean> {
  const n = doc.numPages;
  const sample = [...new Set([1, 2, Math.ceil(n / 2), n].filter((p) => p >= 1 && p <= n))];
  let marked = 0;
  for (const pageNumber of sample) {
    const { drawing } = await readPageParts(doc, pageNumber);
    marked += ruleMarks(drawing).filter(Boolean).length;
    if (marked >= MIN_MARKED_GLYPHS) return true;
  }
  return false;
}

/**
 * Reads a whole PDF as a tracked-changes document. `tracked` is false when no markup was found (the
 * paragraphs are then the ordinary reading). `knownTexts` as for readMarkedPages.
 */
export async function readTrackedChanges(doc: PDFDocumentProxy, knownTexts: readonly (PdfPageText | undefined)[] = []): Promise<TrackedReading> {
  return readTrackedPages(await readMarkedPages(doc, knownTexts));
}

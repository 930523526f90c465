// Word and legal drafting tools can print line numbers in the left margin (every line, or every fifth).
// Read as text they start each line with a bare number, which the paragraph reader takes for paragraph
// numbers ("26 Condemns …"): a whole page of them hides every real paragraph. They are told from
// paragraph numbers by what they count: the step between two of them is the number of lines between them.
import type { PdfPageText, PdfTextItem } from '../pdf/page-text';

/** Margin numbers are in the left part of the page. */
const MARGIN_SHARE = 0.25;
/** Items on one baseline, give or take rounding. */
const BASELINE_TOLERANCE = 2;
/** A number column is right-aligned (Word) or left-aligned: its edges agree within this. */
const EDGE_TOLERANCE = 3;
/** Fewer pairs than this say too little on a page of their own (a short page keeps its numbers)... */
const MIN_PAIRS = 3;
/** ...unless an earlier page of the document had its column at the same place. */
const MIN_PAIRS_KNOWN = 1;
/** Share of consecutive pairs whose step must equal their distance in lines. */
const MIN_AGREEMENT = 0.8;
/** Type smaller than this share of the numbers' own size (footnote markers) is not a line of its own. */
const SMALL_TYPE = 0.8;

const BARE_NUMBER = /^\s*\d{1,4}\s*$/;

type Edge = (item: PdfTextItem) => number;
const RIGHT: Edge = (item) => item.x + item.width;
const LEFT: Edge = (item) => item.x;

/** Per document (pages in order): a column found on one page is looked for on the next at the same place. */
export function createLineNumberFilter(): <P extends PdfPageText>(page: P) => P {
  let known: { edge: Edge; at: number } | null = null;
  return <P extends PdfPageText>(page: P): P => {
    const candidates = page.items.filter((item) => item.x < page.width * MARGIN_SHARE && BARE_NUMBER.test(item.str));
    if (candidates.length === 0) return page;
    const found = known && columnAt(candidates, known.edge, known.at);
    const column = found && found.length > 0 ? { edge: known!.edge, items: found, minPairs: MIN_PAIRS_KNOWN } : { ...alignedColumn(candidates), minPairs: MIN_PAIRS };
    if (column.items.length <= column.minPairs || !countsLines(column.items, baselines(page.items, medianHeight(column.items)), column.minPairs)) return page;
    known = { edge: column.edge, at: column.edge(column.items[0]!) };
    const dropped = new Set<PdfTextItem>(column.items);
    return { ...page, items: page.items.filter((item) => !dropped.has(item)) as P['items'] };
  };
}

function columnAt(candidates: PdfTextItem[], edge: Edge, at: number): PdfTextItem[] {
  return candidates.filter((item) => Math.abs(edge(item) - at) <= EDGE_TOLERANCE);
}

/** The largest set of candidates sharing a right edge or a left edge. */
function alignedColumn(candidates: PdfTextItem[]): { edge: Edge; items: PdfTextItem[] } {
  let best: { edge: Edge; items: PdfTextItem[] } = { edge: RIGHT, items: [] };
  for (const edge of [RIGHT, LEFT]) {
    for (const anchor of candidates) {
      const items = columnAt(candidates, edge, edge(anchor));
      if (items.length > best.items.length) best = { edge, items };
    }
  }
  return best;
}

/** The page's distinct baselines, top first; smaller type (superscript markers, raised) has none of its own. */
function baselines(items: readonly PdfTextItem[], bodyHeight: number): number[] {
  const ys = items
    .filter((item) => item.str.trim() && item.height >= bodyHeight * SMALL_TYPE)
    .map((item) => item.y)
    .sort((a, b) => b - a);
  const out: number[] = [];
  for (const y of ys) if (out.length === 0 || out[out.length - 1]! - y > BASELINE_TOLERANCE) out.push(y);
  return out;
}

function medianHeight(items: readonly PdfTextItem[]): number {
  const heights = items.map((item) => item.height).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/** Whether, top to bottom, each number's step from the one before is the number of lines between them. */
function countsLines(column: PdfTextItem[], lines: number[], minPairs: number): boolean {
  const lineOf = (y: number) => lines.findIndex((line) => Math.abs(line - y) <= BASELINE_TOLERANCE);
  const numbered = column.map((item) => ({ value: Number(item.str), line: lineOf(item.y) })).sort((a, b) => a.line - b.line);
  let agreeing = 0;
  for (let i = 1; i < numbered.length; i++) {
    const step = numbered[i]!.value - numbered[i - 1]!.value;
    if (step > 0 && step === numbered[i]!.line - numbered[i - 1]!.line) agreeing += 1;
  }
  return agreeing >= minPairs && agreeing >= (numbered.length - 1) * MIN_AGREEMENT;
}

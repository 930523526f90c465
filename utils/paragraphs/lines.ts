// Builds text lines from pdf.js items by geometry: items are grouped by baseline, ordered by x, and
// joined with a space only where there is a visible gap (pdf.js's own spaces are unreliable in
// justified UN text), and raised footnote markers are taken out of the text.
import type { PdfPageText, PdfTextItem } from '../pdf/page-text';

/** What is typical on one page: the body text's font size and font id. */
export interface PageStyle {
  bodySize: number;
  bodyFont: string;
}

export interface LineRun {
  text: string;
  x: number;
  right: number;
  /** Offset of this run in the line's text. */
  start: number;
  /** Set in a font other than the page's body font (italic or bold in UN documents). */
  styled: boolean;
}

export interface PdfLine {
  page: number;
  /** Left edge of the first visible item. */
  x: number;
  right: number;
  /** Baseline, PDF user space (bottom-left origin). */
  y: number;
  /** Largest font size on the line (markers excluded). */
  size: number;
  text: string;
  runs: LineRun[];
  /** Share of the line's characters set in a non-body font. */
  styledShare: number;
  /** The line opens with a raised footnote marker (footnote text at the page foot). */
  startsWithMarker: boolean;
}

/** A gap wider than this share of the font size is a word space. */
const WORD_GAP = 0.15;
/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.25;

export function pageStyle(page: PdfPageText): PageStyle {
  const sizes = new Map<number, number>();
  for (const item of page.items) {
    const n = item.str.trim().length;
    if (n && item.height > 0) bump(sizes, Math.round(item.height * 2) / 2, n);
  }
  const bodySize = modeKey(sizes) ?? 10;
  const fonts = new Map<string, number>();
  for (const item of page.items) {
    const n = item.str.trim().length;
    if (n && Math.abs(item.height - bodySize) <= 0.6) bump(fonts, item.fontName, n);
  }
  return { bodySize, bodyFont: modeKey(fonts) ?? '' };
}

export function buildLines(page: PdfPageText, style: PageStyle): PdfLine[] {
  const items = page.items.filter((i) => i.height > 0 && i.str.trim() !== '');
  items.sort((a, b) => b.y - a.y);
  const clusters: PdfTextItem[][] = [];
  let current: PdfTextItem[] = [];
  let clusterY = 0;
  let clusterSize = 0;
  for (const item of items) {
    if (current.length && Math.abs(clusterY - item.y) <= SAME_LINE * Math.max(clusterSize, item.height)) {
      current.push(item);
      clusterSize = Math.max(clusterSize, item.height);
      continue;
    }
    if (current.length) clusters.push(current);
    current = [item];
    clusterY = item.y;
    clusterSize = item.height;
  }
  if (current.length) clusters.push(current);

  const lines: PdfLine[] = [];
  for (let k = 0; k < clusters.length; k++) {
    const cluster = clusters[k]!;
    const below = clusters[k + 1];
    if (below && isRaisedMarkers(cluster, below)) {
      // Footnote markers: dropped from the text, but remembered where they open a footnote.
      const first = below.reduce((a, b) => (b.x < a.x ? b : a));
      if (cluster.some((m) => m.x < first.x)) below.push(...cluster.map((m) => ({ ...m, str: '\u0000' })));
      continue;
    }
    const line = toLine(page.pageNumber, cluster, style);
    if (line) lines.push(line);
  }
  return lines;
}

/** A cluster of short, small items sitting just above the next line's baseline: superscripts. */
function isRaisedMarkers(cluster: PdfTextItem[], below: PdfTextItem[]): boolean {
  const size = Math.max(...below.map((i) => i.height));
  const y = below[0]!.y;
  return cluster.every((m) => {
    const rise = m.y - y;
    return m.height <= 0.8 * size && rise >= 0.1 * size && rise <= 0.8 * size && /^[\d*†‡§a-z,]{1,4}$/.test(m.str.trim());
  });
}

function toLine(page: number, cluster: PdfTextItem[], style: PageStyle): PdfLine | null {
  cluster.sort((a, b) => a.x - b.x);
  const markerStart = cluster[0]?.str === '\u0000';
  const items = cluster.filter((i) => i.str !== '\u0000');
  if (!items.length) return null;
  const runs: LineRun[] = [];
  let text = '';
  let prevEnd = -Infinity;
  let prev: PdfTextItem | null = null;
  let styledChars = 0;
  let chars = 0;
  let size = 0;
  for (const item of items) if (item.height > size) size = item.height;
  for (const item of items) {
    const raw = item.str;
    const trimmed = raw.trim();
    // Fake bold: the same string printed twice at almost the same place.
    if (prev && prev.str.trim() === trimmed && Math.abs(prev.x - item.x) < 0.5) continue;
    const charWidth = raw.length ? item.width / raw.length : 0;
    const left = item.x + (raw.length - raw.trimStart().length) * charWidth;
    const right = item.x + item.width - (raw.length - raw.trimEnd().length) * charWidth;
    const gap = left - prevEnd;
    if (text && gap > WORD_GAP * size) text += ' ';
    const styled = item.fontName !== style.bodyFont;
    runs.push({ text: trimmed, x: left, right, start: text.length, styled });
    text += trimmed;
    chars += trimmed.length;
    if (styled) styledChars += trimmed.length;
    prevEnd = right;
    prev = item;
  }
  const first = runs[0]!;
  // pdf.js prints some hyphens with a space before them ("High -level", "micro -, small", "eighty -").
  if (text.includes(' -')) text = text.replace(/([\p{L}\d]) -(?=[\p{L},]|$)/gu, '$1-');
  let right = first.right;
  let ySum = 0;
  for (const run of runs) if (run.right > right) right = run.right;
  for (const item of items) ySum += item.y;
  return {
    page,
    x: first.x,
    right,
    y: ySum / items.length,
    size,
    text,
    runs,
    styledShare: chars ? styledChars / chars : 0,
    startsWithMarker: markerStart,
  };
}

export function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function modeKey<K>(map: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of map) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

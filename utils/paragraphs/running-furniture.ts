// Running headers and footers (document symbol, "2/20", job number, barcode) and the first page's
// masthead are not text. Page 1 must already come out clean, so patterns and position decide first;
// repetition across pages then catches furniture no pattern knows.
import type { PdfLine, PageStyle } from './lines';

/** Share of the page height at the top and bottom where running furniture lives. */
const TOP_BAND = 0.12;
const BOTTOM_BAND = 0.1;
/** The first page's masthead reaches further down. */
const MASTHEAD_BAND = 0.2;

const FURNITURE_PATTERNS: RegExp[] = [
  /^[A-Z]{1,6}(?:\/[A-Z0-9][\w.\-()]*){1,6}\*?$/, // symbols: A/80/L.41, A/RES/80/173, E/CN.16/2025/L.1
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 2/20
  /^[-–]?\s*\d{1,4}\s*[-–]?$/, // 2, - 2 -
  /^page\s+\d+(?:\s+of\s+\d+)?$/i,
  /^(?:[A-Z]{1,2}\.)?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s*\*\d+\*)?$/, // 25-20327 (E) 161225, GE.25-12345
  /^\*\d{5,}\*$/, // barcode text *2520327*
  /^please recycle$/i,
];
const MASTHEAD_PATTERNS: RegExp[] = [
  /^united nations$/i,
  /^(?:general assembly|security council|economic and social council|human rights council)$/i,
  /^distr\.?\s*:?\s*\w+$/i,
  /^original\s*:\s*[\p{L} ]+$/iu,
  /^\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$/i,
  /^(?:limited|general|restricted)$/i,
];

/** Splits a line where a wide gap separates things printed side by side ("2/20 … 25-20327"). */
function segments(line: PdfLine): string[] {
  const out: string[] = [];
  let current = '';
  let prevRight = -Infinity;
  for (const run of line.runs) {
    const gap = run.x - prevRight;
    if (current && gap > 2 * line.size) {
      out.push(current);
      current = '';
    }
    current += (current && gap > 0.15 * line.size ? ' ' : '') + run.text;
    prevRight = run.right;
  }
  if (current) out.push(current);
  return out;
}

/** Same text (page numbers aside) at about the same height: what running headers and footers share. */
const keyOf = (line: PdfLine) =>
  `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()}`;

export interface FurnitureFilter {
  /** Lines of one page without its furniture, pages given in order. */
  filter(lines: PdfLine[], pageHeight: number, style: PageStyle): PdfLine[];
}

export function createFurnitureFilter(): FurnitureFilter {
  /** Masked band texts and how many earlier pages carried them. */
  const seen = new Map<string, number>();
  let pagesSeen = 0;
  return {
    filter(lines, pageHeight, style) {
      const first = pagesSeen === 0;
      const pageKeys = new Set<string>();
      const kept = lines.filter((line) => {
        const fromTop = (pageHeight - line.y) / pageHeight;
        const fromBottom = line.y / pageHeight;
        const inBand = fromTop < TOP_BAND || fromBottom < BOTTOM_BAND;
        const inMasthead = first && fromTop < MASTHEAD_BAND;
        if (!inBand && !inMasthead) return true;
        const parts = segments(line);
        const patterns = inMasthead ? [...FURNITURE_PATTERNS, ...MASTHEAD_PATTERNS] : FURNITURE_PATTERNS;
        if (parts.every((p) => patterns.some((re) => re.test(p)))) return false;
        if (!inBand) return true;
        const before = /[.,;:]$/.test(line.text) ? 0 : (seen.get(keyOf(line)) ?? 0);
        // Printed the same on earlier pages: twice is enough, once if it does not look like body text either.
        if (before >= 2) return false;
        if (before >= 1 && (Math.abs(line.size - style.bodySize) > 0.6 || line.styledShare > 0.5)) return false;
        // A small line alone in the band, far from the body, is a running header/footer we have no pattern for.
        return !(line.size < 0.9 * style.bodySize && !/[.,;:]$/.test(line.text) && line.text.length < 80 && fromTop < TOP_BAND);
      });
      for (const line of lines) {
        const fromTop = (pageHeight - line.y) / pageHeight;
        if (fromTop < TOP_BAND || line.y / pageHeight < BOTTOM_BAND) pageKeys.add(keyOf(line));
      }
      for (const key of pageKeys) seen.set(key, (seen.get(key) ?? 0) + 1);
      pagesSeen++;
      return kept;
    },
  };
}

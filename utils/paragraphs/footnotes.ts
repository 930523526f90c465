// Footnotes sit at the page foot, after a "______" rule, in a smaller font: not paragraph text.
import type { PageStyle, PdfLine } from './lines';

const RULE = /^[_‗\-–—]{5,}$/;
/** Most lines are text: only one that opens with a rule character is worth squeezing and testing. */
const RULE_START = /^\s*[_‗\-–—]/;

/** The page's lines without its footnote block (and without separator rules). */
export function dropFootnotes(lines: PdfLine[], pageHeight: number, style: PageStyle): PdfLine[] {
  const out: PdfLine[] = [];
  let inFootnotes = false;
  for (const line of lines) {
    if (RULE_START.test(line.text) && RULE.test(line.text.replace(/\s+/g, ''))) {
      inFootnotes = true; // everything smaller below a rule is a footnote (or nothing, after the closing rule)
      continue;
    }
    const small = line.size < 0.95 * style.bodySize;
    // No rule printed: a small line opening with a footnote marker in the lower part of the page starts the block.
    const opensNote = line.startsWithMarker || (line.size <= 0.9 * style.bodySize && /^\d{1,3}\s+\S/.test(line.text));
    if (!inFootnotes && small && opensNote && line.y < pageHeight * 0.4) inFootnotes = true;
    if (inFootnotes && (small || line.startsWithMarker)) continue;
    out.push(line);
  }
  return out;
}

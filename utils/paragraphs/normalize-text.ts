// One text normalisation for both readers, so a paragraph reads the same from the PDF and the HTML page
// (positions and references compare paragraph texts across sources).

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * Single spaces, no invisible characters, ligatures spelled out, no space before closing punctuation
 * or after an opening bracket (joined text runs often leave one there).
 */
export function normalizeParagraphText(s: string): string {
  return replaceAll(s).trim();
}

/** Joins texts for {@link normalizeParagraphTexts}: no pattern below matches it or across it. */
const SEPARATOR = '\u0000';

/**
 * The same for many texts (a page's paragraphs), in one pass of each replacement over them all: a page
 * of 800 paragraphs makes 5 regular-expression calls instead of 4,000, several times cheaper.
 */
export function normalizeParagraphTexts(texts: readonly string[]): string[] {
  const out = replaceAll(texts.join(SEPARATOR)).split(SEPARATOR);
  // A text holding the separator itself (never in HTML, which turns U+0000 into U+FFFD): one at a time.
  if (out.length !== texts.length) return texts.map(normalizeParagraphText);
  return out.map((text) => text.trim());
}

function replaceAll(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '') // soft hyphen, zero-width characters
    .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
    // Runs of two or more, and any white space but a plain space (\s covers no-break and Unicode spaces):
    // single plain spaces, most of them, are left alone, which makes this pass several times cheaper.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/ ([,.;:!?)\]’”])/g, '$1')
    .replace(/([([“‘]) /g, '$1');
}

// One text normalisation for both readers, so a paragraph reads the same from the PDF and the HTML page
// (positions and references compare paragraph texts across sources).

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * Single spaces, no invisible characters, ligatures spelled out, no space before closing punctuation
 * or after an opening bracket (joined text runs often leave one there).
 */
export function normalizeParagraphText(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '') // soft hyphen, zero-width characters
    .replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c)
    // Runs of two or more, and any white space but a plain space (\s covers no-break and Unicode spaces):
    // single plain spaces, most of them, are left alone, which makes this pass several times cheaper.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/ ([,.;:!?)\]’”])/g, '$1')
    .replace(/([([“‘]) /g, '$1')
    .trim();
}

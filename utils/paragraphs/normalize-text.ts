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
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .replace(/ ([,.;:!?)\]’”])/g, '$1')
    .replace(/([([“‘]) /g, '$1')
    .trim();
}

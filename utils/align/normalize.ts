// Text forms the aligner compares: an equality key that ignores layout noise, and word tokens.
// Each rule has an ASCII fast path: Unicode-aware regular expressions dominated the aligner's time.

const NON_ASCII = /[^\x20-\x7E]/;

/**
 * Text with the noise of PDF extraction and drafting tools removed, so that "the same paragraph"
 * compares equal: spacing, quote and dash styles, line-end hyphenation and footnote markers.
 * Case and punctuation are kept: in a negotiated text they can be the change.
 */
export function equalityKey(text: string): string {
  let key = text;
  if (NON_ASCII.test(key)) {
    key = key
      .normalize('NFKC')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[‘’‚‛′`´]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
      .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ');
  }
  const ascii = !NON_ASCII.test(key);
  if (key.includes('-')) {
    // Hyphens between letters go entirely: "devel- opment", "high -level" and "high-level" must agree.
    key = ascii ? key.replace(/([A-Za-z])(?:-\s*|\s+-(?!\s))(?=[A-Za-z])/g, '$1') : key.replace(/(\p{L})(?:-\s*|\s+-(?!\s))(?=\p{L})/gu, '$1');
  }
  if (/\d/.test(key)) {
    // Footnote markers: digits glued to a word ("Society.5", "Rights2") …
    key = ascii ? key.replace(/([A-Za-z]{2}[.,;:)"']?)\d{1,3}(?=\s|$)/g, '$1') : key.replace(/(\p{L}{2}[.,;:)"']?)\d{1,3}(?=\s|$)/gu, '$1');
    // … or set apart after a word's punctuation ("Principles, 3 the"); "paragraphs 97, 98" stays.
    key = ascii ? key.replace(/([A-Za-z][.,;:)"'])\s+\d{1,3}(?=\s|$)/g, '$1') : key.replace(/(\p{L}[.,;:)"'])\s+\d{1,3}(?=\s|$)/gu, '$1');
  }
  if (/\s\s|[\t\n\r\f\v]/.test(key)) key = key.replace(/\s+/g, ' ');
  return key.replace(/ ([,.;:!?)\]"'])(?=\s|$)/g, '$1').trim();
}

/** Lower-case words and numbers of the equality key, for similarity (case and punctuation ignored). */
export function wordTokens(key: string): string[] {
  const lower = key.toLowerCase();
  const words = NON_ASCII.test(lower) ? lower.split(/[^\p{L}\p{N}]+/u) : lower.split(/[^a-z0-9]+/);
  return words.filter((t) => t.length > 0);
}

// Text forms the aligner compares: an equality key that ignores layout noise, and hashed words.
// Both have fast paths: text normalisation dominated the aligner's time.

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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HASH_BITS = 0x3fffffff; // small integers: cheap map keys

/**
 * The lower-case words of a paragraph as 30-bit hashes, read straight from the raw text in one pass
 * (the aligner's hot path: no regular expressions, no strings built). Line-end hyphenation is undone
 * the way `equalityKey` does it ("devel- opment", "high -level" and "high-level" hash alike); soft
 * hyphens and zero-width characters are skipped. A rare collision merges two words, which only
 * nudges a similarity.
 */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const folded = wordChar(c);
    if (folded > 0) {
      hash = Math.imul(hash ^ folded, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (isIgnored(c)) continue;
    if (inWord && wordChar(text.charCodeAt(i + 1)) <= 0) {
      // "devel- opment" / "high -level": a hyphen with spaces on one side only, between two words.
      if (isHyphen(c)) {
        let j = i + 1;
        while (j < end && isSpace(text.charCodeAt(j))) j++;
        if (j < end && wordChar(text.charCodeAt(j)) > 0) {
          i = j - 1;
          continue;
        }
      } else if (isSpace(c)) {
        let j = i + 1;
        while (j < end && isSpace(text.charCodeAt(j))) j++;
        if (isHyphen(text.charCodeAt(j)) && wordChar(text.charCodeAt(j + 1)) > 0) {
          i = j;
          continue;
        }
      }
    } else if (inWord && isHyphen(c)) {
      continue; // "high-level" reads as one word, like its hyphenated line-end form
    }
    if (inWord) {
      hashes.push((hash >>> 0) & HASH_BITS);
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) hashes.push((hash >>> 0) & HASH_BITS);
  return hashes;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Soft hyphen and zero-width characters: inside a word, they are not there. */
function isIgnored(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}
const lowerCaseOf = new Map<number, number>();

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The lower-case code of a letter or digit, or 0 for anything else (NaN past the end is 0 too). */
function wordChar(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c | 0x20;
  if (c >= 48 && c <= 57) return c;
  // Beyond Latin-1 punctuation, treat everything but punctuation blocks as letters (rare: cached).
  if (!(c >= 0xc0) || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) || isIgnored(c)) return 0;
  let lower = lowerCaseOf.get(c);
  if (lower === undefined) {
    lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerCaseOf.set(c, lower);
  }
  return lower;
}

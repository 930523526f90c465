// Justified lines in real UN PDFs can come out of pdf.js with a space inside a word ("reaffir ms"),
// inside one text run, where geometry cannot tell. The document itself is the dictionary: two
// fragments are joined when the joined word occurs elsewhere in the document and one fragment never
// stands alone ("in to" stays apart in a text that also says "into").

const WORD = /\p{L}+/gu;
/** Words that stand alone in any English text, however short the document ("every one", "in to"). */
const ALWAYS_WORDS = new Set(
  ('a an and any as at be by can every for from her here his how in into is it its no not of on one ' +
    'or our out over some such than that the their there these this those to under up we what when ' +
    'where which who with without all ever more most other own same so through time times way well')
    .split(' '),
);
/** A token that ends in letters (after optional opening punctuation), and one that starts with them. */
const ENDS_IN_LETTERS = /^(\P{L}*)(\p{L}+)$/u;
const STARTS_WITH_LETTERS = /^(\p{L}+)(\P{L}*)$/u;

export function rejoinSplitWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const [word] of text.matchAll(WORD)) bump(counts, word.toLowerCase());

  // Occurrences of a fragment inside a joinable pair do not count as the fragment standing alone.
  const inPairs = new Map<string, number>();
  for (const text of texts) {
    forEachPair(text.split(' '), (a, b) => {
      if (!counts.has(a + b)) return;
      bump(inPairs, a);
      bump(inPairs, b);
    });
  }
  const standsAlone = (w: string) => ALWAYS_WORDS.has(w) || (counts.get(w) ?? 0) > (inPairs.get(w) ?? 0);
  const joinable = (a: string, b: string) => counts.has(a + b) && (!standsAlone(a) || !standsAlone(b));

  return texts.map((text) => {
    const tokens = text.split(' ');
    const out: string[] = [];
    for (const token of tokens) {
      const previous = out.at(-1);
      const a = previous?.match(ENDS_IN_LETTERS)?.[2]?.toLowerCase();
      const b = token.match(STARTS_WITH_LETTERS)?.[1]?.toLowerCase();
      if (previous !== undefined && a && b && joinable(a, b)) out[out.length - 1] = previous + token;
      else out.push(token);
    }
    return out.join(' ');
  });
}

function forEachPair(tokens: readonly string[], visit: (a: string, b: string) => void): void {
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!.match(ENDS_IN_LETTERS)?.[2];
    const b = tokens[i]!.match(STARTS_WITH_LETTERS)?.[1];
    if (a && b) visit(a.toLowerCase(), b.toLowerCase());
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

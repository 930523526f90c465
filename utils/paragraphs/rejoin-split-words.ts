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
  // Tokens repeat (a long document is mostly the same few thousand words): each distinct token is
  // matched once, and each text split once for all three passes.
  const facts = new Map<string, TokenFacts>();
  const factsOf = (token: string): TokenFacts => {
    let known = facts.get(token);
    if (!known) {
      known = {
        words: Array.from(token.matchAll(WORD), ([word]) => word.toLowerCase()),
        end: token.match(ENDS_IN_LETTERS)?.[2]?.toLowerCase(),
        start: token.match(STARTS_WITH_LETTERS)?.[1]?.toLowerCase(),
      };
      facts.set(token, known);
    }
    return known;
  };
  const tokenized = texts.map((text) => text.split(' '));

  const counts = new Map<string, number>();
  for (const tokens of tokenized) for (const token of tokens) for (const word of factsOf(token).words) bump(counts, word);

  // Occurrences of a fragment inside a joinable pair do not count as the fragment standing alone.
  const inPairs = new Map<string, number>();
  for (const tokens of tokenized) {
    for (let i = 1; i < tokens.length; i++) {
      const a = factsOf(tokens[i - 1]!).end;
      const b = factsOf(tokens[i]!).start;
      if (!a || !b || !counts.has(a + b)) continue;
      bump(inPairs, a);
      bump(inPairs, b);
    }
  }
  const standsAlone = (w: string) => ALWAYS_WORDS.has(w) || (counts.get(w) ?? 0) > (inPairs.get(w) ?? 0);
  const joinable = (a: string, b: string) => counts.has(a + b) && (!standsAlone(a) || !standsAlone(b));

  return tokenized.map((tokens) => {
    const out: string[] = [];
    for (const token of tokens) {
      const previous = out.at(-1);
      const a = previous === undefined ? undefined : factsOf(previous).end;
      const b = factsOf(token).start;
      if (previous !== undefined && a && b && joinable(a, b)) out[out.length - 1] = previous + token;
      else out.push(token);
    }
    return out.join(' ');
  });
}

interface TokenFacts {
  /** Its words, lower case (a token may hold several: "people-centred"). */
  words: string[];
  /** Lower-case letters it ends in (after opening punctuation), and those it starts with. */
  end: string | undefined;
  start: string | undefined;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

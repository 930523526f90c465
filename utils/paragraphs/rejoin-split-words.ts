// Justified lines in real UN PDFs can come out of pdf.js with a space inside a word ("reaffir ms"),
// inside one text run, where geometry cannot tell. The document itself is the dictionary: two
// fragments are joined when the joined word occurs elsewhere in the document and one fragment never
// stands alone ("in to" stays apart in a text that also says "into").
//
// The dictionary is the whole document, so nothing can be decided before its last text. Texts are
// added as soon as they are final (the viewer adds each paragraph while later pages are still being
// read), and what is left for the end is work on distinct words and pairs, plus the few texts that
// change: the end of a long document is not held up by a pass over all its text.

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

export interface SplitWordJoiner {
  /** Adds a text whose wording is final; texts come back from finish() in the order added. */
  add(text: string): void;
  /** The texts with split words joined, given everything added as the dictionary. */
  finish(): string[];
}

export function rejoinSplitWords(texts: readonly string[]): string[] {
  const joiner = createSplitWordJoiner();
  for (const text of texts) joiner.add(text);
  return joiner.finish();
}

interface TokenFacts {
  /** Its words, lower case (a token may hold several: "people-centred"). */
  words: string[];
  /** Lower-case letters it ends in (after opening punctuation), and those it starts with. */
  end: string | undefined;
  start: string | undefined;
  /** How often the token occurs in the texts added. */
  occurrences: number;
  /** Tokens that follow this one (when this one ends and that one starts in letters). */
  next: Map<TokenFacts, PairFacts> | null;
}

interface PairFacts {
  occurrences: number;
  /** The texts it occurs in (by index, each once, ascending). */
  texts: number[];
}

export function createSplitWordJoiner(): SplitWordJoiner {
  // Tokens repeat (a long document is mostly the same few thousand words): each distinct token is
  // matched once; per occurrence only counts are kept.
  const facts = new Map<string, TokenFacts>();
  const factsOf = (token: string): TokenFacts => {
    let known = facts.get(token);
    if (!known) {
      known = {
        words: Array.from(token.matchAll(WORD), ([word]) => word.toLowerCase()),
        end: token.match(ENDS_IN_LETTERS)?.[2]?.toLowerCase(),
        start: token.match(STARTS_WITH_LETTERS)?.[1]?.toLowerCase(),
        occurrences: 0,
        next: null,
      };
      facts.set(token, known);
    }
    return known;
  };
  const texts: string[] = [];

  return {
    add(text) {
      const index = texts.length;
      texts.push(text);
      let previous: TokenFacts | null = null;
      for (const token of text.split(' ')) {
        const current = factsOf(token);
        current.occurrences++;
        if (previous?.end && current.start) {
          const next: Map<TokenFacts, PairFacts> = (previous.next ??= new Map());
          const pair = next.get(current);
          if (!pair) next.set(current, { occurrences: 1, texts: [index] });
          else {
            pair.occurrences++;
            if (pair.texts[pair.texts.length - 1] !== index) pair.texts.push(index);
          }
        }
        previous = current;
      }
    },

    finish() {
      const counts = new Map<string, number>();
      for (const token of facts.values()) for (const word of token.words) bump(counts, word, token.occurrences);

      // Occurrences of a fragment inside a joinable pair do not count as the fragment standing alone.
      const inPairs = new Map<string, number>();
      const candidates: { a: string; b: string; pair: PairFacts }[] = [];
      for (const first of facts.values()) {
        if (!first.next) continue;
        for (const [second, pair] of first.next) {
          const a = first.end!;
          const b = second.start!;
          if (!counts.has(a + b)) continue;
          bump(inPairs, a, pair.occurrences);
          bump(inPairs, b, pair.occurrences);
          candidates.push({ a, b, pair });
        }
      }
      const standsAlone = (w: string) => ALWAYS_WORDS.has(w) || (counts.get(w) ?? 0) > (inPairs.get(w) ?? 0);
      const joinable = (a: string, b: string) => counts.has(a + b) && (!standsAlone(a) || !standsAlone(b));

      // Only a text with a joinable pair of its own tokens can change (a join starts with one).
      const changing = new Set<number>();
      for (const { a, b, pair } of candidates) if (joinable(a, b)) for (const index of pair.texts) changing.add(index);

      const out = texts.slice();
      for (const index of changing) {
        const joined: string[] = [];
        for (const token of texts[index]!.split(' ')) {
          const previous = joined.at(-1);
          const a = previous === undefined ? undefined : factsOf(previous).end;
          const b = factsOf(token).start;
          if (previous !== undefined && a && b && joinable(a, b)) joined[joined.length - 1] = previous + token;
          else joined.push(token);
        }
        out[index] = joined.join(' ');
      }
      return out;
    },
  };
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

// Joining a paragraph's lines: a word broken at a line end ("develop-" / "ment") is put back together,
// while a compound that happens to break at its own hyphen ("multi-" / "stakeholder") keeps it.
// UN editors rarely break plain words, so the hyphen is kept whenever either half is a usual compound part.

/** First halves of hyphenated compounds in UN texts. */
const COMPOUND_HEADS = new Set([
  'multi', 'non', 'self', 'cross', 'co', 'pre', 'post', 'anti', 'inter', 'intra', 'e', 'm', 'cyber', 'socio', 'macro',
  'micro', 'well', 'long', 'short', 'high', 'low', 'small', 'medium', 'large', 'middle', 'human', 'people', 'gender',
  'evidence', 'context', 'knowledge', 'capacity', 'development', 'rights', 'data', 'risk', 'market', 'science',
  'results', 'action', 'community', 'child', 'youth', 'women', 'country', 'government', 'private', 'public', 'open',
  'user', 'state', 'region', 'sector', 'policy', 'decision', 'problem', 'value', 'cost', 'time', 'real', 'year',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'follow', 'high', 'top', 'sub',
  'semi', 'ex', 'mid', 'over', 'under', 'full', 'part', 'south', 'north', 'tri', 'bi', 'peace', 'climate', 'nature',
  'science', 'technology', 'internet', 'digital', 'rule', 'state', 'end', 'ever', 'far', 'hard', 'wide', 'life',
  'decision', 'policy', 'law', 'age', 'disability', 'gender', 'fact', 'trust', 'human', 'person', 'victim', 'survivor',
]);
/** Second halves of hyphenated compounds. */
const COMPOUND_TAILS = new Set([
  'based', 'building', 'centred', 'centered', 'centric', 'oriented', 'specific', 'related', 'sharing', 'making',
  'led', 'driven', 'sized', 'level', 'term', 'wide', 'scale', 'income', 'friendly', 'sensitive', 'responsive',
  'owned', 'bound', 'enabled', 'free', 'year', 'stakeholder', 'stakeholders', 'lateral', 'dimensional', 'sectoral',
  'border', 'cutting', 'up', 'down', 'making', 'keeping', 'saving', 'generated', 'focused', 'inclusive', 'intensive',
  'aligned', 'informed', 'compliant', 'secure', 'resilient', 'sustaining', 'reinforcing', 'governance', 'commerce',
  'government', 'learning', 'waste', 'president', 'chair', 'chairs', 'facilitator', 'facilitators', 'party',
  'parties', 'south', 'north', 'being', 'known', 'off', 'on', 'in', 'out', 'to', 'date', 'time', 'like', 'and',
]);

/** Appends one line's text to a paragraph's text so far. */
export function joinLineText(acc: string, next: string): string {
  if (!acc) return next;
  if (!next) return acc;
  if (!acc.endsWith('-')) return `${acc} ${next}`;
  // Only the last word is looked at (a regex anchored at the end would rescan the whole text).
  const head = /(\p{L}+)-$/u.exec(acc.slice(-40))?.[1]?.toLowerCase();
  if (!head) return `${acc} ${next}`;
  const tailMatch = /^(\p{L}+)/u.exec(next);
  if (!tailMatch) return acc + next; // "pre-" + "2015", "e-" + "(commerce)": no space, hyphen kept
  const tail = tailMatch[1]!;
  if (/^\p{Lu}/u.test(tail) || COMPOUND_HEADS.has(head) || COMPOUND_TAILS.has(tail.toLowerCase())) return acc + next;
  return acc.slice(0, -1) + next;
}

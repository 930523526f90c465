// How a reader cites paragraphs: "¶98", "¶¶97–98". Apart from the alignment, so the popup's first paint
// (its status lines) does not load the aligner and the word diff.
import { parseParagraphKey } from '../align/types';

/** "¶98", "annex ¶3" (annex keys are "A1:3"), "¶¶97–98" for a run, "¶¶12, 15" otherwise. */
export function paragraphRef(keys: readonly string[]): string {
  const labels = keys.map((key) => {
    const { label, part } = parseParagraphKey(key);
    return part > 0 ? `annex ${part} ¶${label}` : label;
  });
  if (labels.length === 0) return '';
  // Preambular labels name themselves ("PP4"); "¶" is for numbered paragraphs.
  if (labels.length === 1) return labels[0]!.includes('¶') || /^PP/.test(labels[0]!) ? labels[0]! : `¶${labels[0]}`;
  const numbers = labels.map(Number);
  const consecutive = numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1]! + 1));
  return consecutive ? `¶¶${labels[0]}–${labels[labels.length - 1]}` : `¶¶${labels.join(', ')}`;
}

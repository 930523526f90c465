// Word-level differences between two versions of a paragraph, as runs the UI can render as text nodes.
import { diffWordsWithSpace } from 'diff';

export interface Token {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/**
 * Runs of unchanged, deleted and inserted text. Joining the `same` and `del` texts gives the old
 * paragraph back, `same` and `ins` the new one. A replacement reads as one deletion followed by one
 * insertion: spaces alone between two changes are folded into both, rather than splitting the
 * replacement into word-sized fragments.
 */
export function wordDiff(oldText: string, newText: string): Token[] {
  // Whitespace runs are tokens too, so the runs rebuild both texts exactly.
  const changes = diffWordsWithSpace(oldText, newText);
  const tokens: Token[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) tokens.push({ kind: 'del', text: deleted });
    if (inserted) tokens.push({ kind: 'ins', text: inserted });
    deleted = '';
    inserted = '';
  };
  changes.forEach((change, i) => {
    if (change.removed) deleted += change.value;
    else if (change.added) inserted += change.value;
    else if (/^\s+$/.test(change.value) && (deleted || inserted) && i + 1 < changes.length) {
      // Only spaces before the next change: part of one larger replacement.
      deleted += change.value;
      inserted += change.value;
    } else {
      flush();
      const last = tokens[tokens.length - 1];
      if (last?.kind === 'same') last.text += change.value;
      else tokens.push({ kind: 'same', text: change.value });
    }
  });
  flush();
  return tokens;
}

/** The old text (`side: 'old'`) or the new text a token list stands for. */
export function textOf(tokens: readonly Token[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'ins' : 'del';
  return tokens
    .filter((t) => t.kind !== skip)
    .map((t) => t.text)
    .join('');
}

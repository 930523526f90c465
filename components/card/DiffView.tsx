// A word diff as the reader sees it in tracked changes: deletions struck, insertions underlined (and
// said aloud to a screen reader: ./diff-view.css). Text nodes only: the diff holds
// document text. A group, so that its label is read (a name on a bare <p> is ignored).
import type { Token } from '@/utils/word-diff';
import './diff-view.css';

export function DiffView({ tokens, label }: { tokens: readonly Token[]; label: string }) {
  return (
    <p class="wsis-diff" role="group" aria-label={label} data-wsis-diff="">
      {tokens.map((token, i) =>
        token.kind === 'ins' ? (
          <ins key={i}>{token.text}</ins>
        ) : token.kind === 'del' ? (
          <del key={i}>{token.text}</del>
        ) : (
          <span key={i}>{token.text}</span>
        ),
      )}
    </p>
  );
}

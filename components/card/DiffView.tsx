// A word diff as the reader sees it in tracked changes: deletions struck, insertions underlined (and
// said aloud to a screen reader: ./diff-view.css). Text nodes only: the diff holds document text.
// A group, so that its label is read (a name on a bare <p> is ignored).
import { Fragment } from 'preact';
import type { Token } from '@/utils/word-diff';
import './diff-view.css';

export function DiffView({ tokens, label }: { tokens: readonly Token[]; label: string }) {
  return (
    <p class="wsis-diff" role="group" aria-label={label} data-wsis-diff="">
      {tokens.map((token, i) => {
        const element =
          token.kind === 'ins' ? <ins>{token.text}</ins> : token.kind === 'del' ? <del>{token.text}</del> : <span>{token.text}</span>;
        // A deletion and an insertion that meet with no space ("impacts" struck, "Digital" underlined;
        // "procedures." for "procedures;") would read as one word.
        const previous = tokens[i - 1];
        const apart = previous && previous.kind !== 'same' && token.kind !== 'same' && !/\s$/.test(previous.text) && !/^\s/.test(token.text);
        return (
          <Fragment key={i}>
            {apart ? ' ' : null}
            {element}
          </Fragment>
        );
      })}
    </p>
  );
}

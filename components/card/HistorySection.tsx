// "History": the paragraph in every revision the reader has read, its number in each and what each
// changed (utils/revisions/paragraph-history). Folded by default; its summary is the chain of numbers,
// which is often all a reader wants ("Zero Draft ¶50 → Rev.1 ¶96 → Rev.2 ¶98").
import { useMemo } from 'preact/hooks';
import { paragraphHistory, type HistoryEntry } from '@/utils/revisions/paragraph-history';
import { paragraphRef } from '@/utils/revisions/paragraph-ref';
import { viewerUrlFor } from '@/utils/viewer-url';
import { revisionTextOf, type CardData, type CardParagraph } from './card-data';
import { DiffView } from './DiffView';

export function HistorySection({ paragraph, data, linkTarget = '_self' }: { paragraph: CardParagraph; data: CardData; linkTarget?: '_self' | '_blank' }) {
  // A translation's history is its English text's (the numbers are the same).
  const here = revisionTextOf(data);
  const entries = useMemo(() => (here ? paragraphHistory(here, paragraph.key, data.revisions) : []), [here, paragraph.key, data.revisions]);
  const present = entries.filter((entry) => entry.keys.length > 0);
  const at = entries.findIndex((entry) => entry.current);
  // "What changed" already tells the step from the previous revision: the history adds an earlier one or a later one.
  if (present.length < 3 && !entries.slice(at + 1).length) return null;

  const chain = present.map((entry) => `${entry.name} ${paragraphRef(entry.keys)}`).join(' → ');
  const deleted = entries.find((entry) => entry.state === 'deleted');
  return (
    <section class="wsis-card__section" data-wsis-section="history">
      <details class="wsis-history">
        <summary>
          <h3>History</h3>
          <span class="wsis-history__chain" data-wsis-history-chain="">
            {chain}
            {deleted ? `; deleted in ${deleted.name}` : ''}
          </span>
        </summary>
        <ol class="wsis-history__list">
          {entries.map((entry) => (
            <li key={entry.revision} data-wsis-history={entry.revision} aria-current={entry.current ? 'true' : undefined}>
              <p class="wsis-history__what">
                {entry.keys.length > 0 && !entry.current ? (
                  <a href={viewerUrlFor(data.viewerPage, entry.url, { para: entry.keys[0] })} target={linkTarget} rel={linkTarget === '_blank' ? 'noopener' : undefined}>
                    {entry.name} {paragraphRef(entry.keys)}
                  </a>
                ) : (
                  <span>
                    {entry.name}
                    {entry.keys.length > 0 ? ` ${paragraphRef(entry.keys)}` : ''}
                  </span>
                )}{' '}
                <span class="wsis-history__state">{stateWords(entry)}</span>
              </p>
              {entry.tokens.length > 0 ? <DiffView tokens={entry.tokens} label={`Changes in ${entry.name}`} /> : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function stateWords(entry: HistoryEntry): string {
  const shown = entry.current ? ' (this version)' : '';
  switch (entry.state) {
    case 'earliest':
      return `earliest read${shown}`;
    case 'added':
      return `new here${shown}`;
    case 'unchanged':
      return `unchanged${shown}`;
    case 'modified':
      return `changed${shown}`;
    case 'not-yet':
      return 'not there yet';
    case 'deleted':
      return 'deleted';
  }
}

// Under a change in the compare view: who took a position on its paragraph. Everything here comes from
// data (bundled, packs, the reader): text nodes only, and a source is a link only when safeHttpUrl accepts it.
import { saidAbout, type PositionMatch } from '@/utils/positions/lookup';
import { STANCE_NAMES } from '@/utils/positions/own-position';
import { safeHttpUrl } from '@/utils/positions/safe-url';

/** Who took a position on the paragraph: stance, stakeholder (a link to the source), where it was said. */
export function ChangePositions({ matches, about }: { matches: readonly PositionMatch[]; about: string }) {
  return (
    <ul class="wsis-compare__positions" aria-label={`Positions on ${about}`} data-wsis-change-positions={matches.length}>
      {matches.map((match) => {
        const { position, via } = match;
        const source = safeHttpUrl(position.sourceUrl);
        return (
          <li key={`${position.origin}\u0000${position.id}`} data-wsis-position={position.id}>
            <span class={`wsis-chip wsis-stance--${position.stance}`}>{STANCE_NAMES[position.stance]}</span>{' '}
            {source ? (
              <a href={source} target="_blank" rel="noopener noreferrer" title={position.summary}>
                {position.stakeholder}
              </a>
            ) : (
              position.stakeholder
            )}
            {via ? <span class="wsis-compare__via"> ({saidAbout(match)})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

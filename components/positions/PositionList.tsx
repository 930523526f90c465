// Positions as the card lists them. Everything here comes from data (bundled, packs, the reader):
// text nodes only, and a source becomes a link only when safeHttpUrl accepts it.
import { saidAbout, type PositionMatch } from '@/utils/positions/lookup';
import type { Position } from '@/utils/positions/model';
import { STANCE_NAMES } from '@/utils/positions/own-position';
import { safeHttpUrl } from '@/utils/positions/safe-url';

export interface PositionListProps {
  matches: readonly PositionMatch[];
  /** Names of subscribed packs by origin ("pack:<url>"), to say where a position came from. */
  packNames?: Readonly<Record<string, string>>;
  onEdit?(position: Position): void;
  onDelete?(position: Position): void;
}

export function PositionList({ matches, packNames = {}, onEdit, onDelete }: PositionListProps) {
  return (
    <ul class="wsis-positions__list">
      {matches.map((match) => (
        <PositionItem key={`${match.position.origin}\u0000${match.position.id}`} match={match} packNames={packNames} onEdit={onEdit} onDelete={onDelete} />
      ))}
    </ul>
  );
}

function PositionItem({ match, packNames = {}, onEdit, onDelete }: { match: PositionMatch } & Omit<PositionListProps, 'matches'>) {
  const { position, via, evidence } = match;
  const source = safeHttpUrl(position.sourceUrl);
  const own = position.origin === 'own';
  return (
    <li class="wsis-position" data-wsis-position={position.id} data-wsis-origin={position.origin}>
      <div class="wsis-position__head">
        <span class={`wsis-chip wsis-stance--${position.stance}`} data-wsis-stance={position.stance}>
          {STANCE_NAMES[position.stance]}
        </span>
        <span class="wsis-position__who" data-wsis-stakeholder="">
          {position.stakeholder}
        </span>
        <time class="wsis-position__date" dateTime={position.date}>
          {position.date}
        </time>
      </div>
      {via ? (
        <p class="wsis-position__via" data-wsis-via="">
          {saidAbout(match)}
        </p>
      ) : null}
      {evidence === 'inferred' ? (
        <p class="wsis-position__inferred" data-wsis-inferred="">
          <span class="wsis-chip wsis-chip--inferred">inferred</span>
          {position.evidenceNote ?? 'The source does not name this paragraph; it was matched to it by reading.'}
        </p>
      ) : null}
      <p class="wsis-position__summary" data-wsis-summary="">
        {position.summary}
      </p>
      {position.quote ? <blockquote data-wsis-quote="">{position.quote}</blockquote> : null}
      <p class="wsis-position__source">
        {source ? (
          <a href={source} target="_blank" rel="noopener noreferrer" data-wsis-source="">
            {position.title ?? `Source (${new URL(source).host})`}
          </a>
        ) : (
          <>
            Source (not a web link): <span class="wsis-position__source-inert" data-wsis-source-inert="">{position.sourceUrl}</span>
          </>
        )}
      </p>
      {position.sourceDescription ? <p class="wsis-position__origin">{position.sourceDescription}</p> : null}
      {own ? (
        <div class="wsis-position__actions">
          <span class="wsis-position__origin">Your position</span>
          {onEdit ? (
            <button type="button" data-wsis-edit-position="" onClick={() => onEdit(position)}>
              Edit
            </button>
          ) : null}
          {onDelete ? (
            <button type="button" data-wsis-delete-position="" onClick={() => onDelete(position)}>
              Delete
            </button>
          ) : null}
        </div>
      ) : position.origin.startsWith('pack:') ? (
        <p class="wsis-position__origin">From the pack {packNames[position.origin] ?? position.origin.slice('pack:'.length)}</p>
      ) : null}
    </li>
  );
}

// Stakeholder positions on the paragraph: bundled, the reader's own and subscribed packs', including
// those said about the aligned paragraph of other cached revisions; newest first, filterable by
// stakeholder. The reader adds, edits and deletes their own here; packs live in the options page.
import { useMemo, useState } from 'preact/hooks';
import { PositionForm } from '@/components/positions/PositionForm';
import { PositionList } from '@/components/positions/PositionList';
import { positionTarget, targetResolver } from '@/components/positions/position-target';
import positionsCss from '@/components/positions/positions.css?inline';
import { usePositions } from '@/components/positions/use-positions';
import { positionsFor } from '@/utils/positions/lookup';
import type { Position } from '@/utils/positions/model';
import { formOf, type OwnPositionForm, type OwnPositionPlace } from '@/utils/positions/own-position';
import type { CardData, CardParagraph } from './card-data';
import { useCardStorage } from './card-storage';

/** The options page ("Positions and packs"), beside the viewer page the card data names. */
export function optionsPageFor(viewerPage: string): string | null {
  try {
    return new URL('options.html', viewerPage).href;
  } catch {
    return null;
  }
}

export function PositionsSection({ paragraph, data }: { paragraph: CardParagraph; data: CardData; linkTarget?: '_self' | '_blank' }) {
  const { positions, packNames, problem } = usePositions();
  const storage = useCardStorage();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const target = positionTarget(data);
  const resolve = useMemo(() => targetResolver(target, data.revisions), [target?.text, data.revisions]);
  const all = useMemo(
    () => (target ? positionsFor(positions, { family: target.family, revision: target.revision, label: paragraph.key }, { resolve }) : []),
    [positions, target?.family, target?.revision, paragraph.key, resolve],
  );
  const shown = useMemo(() => {
    const wanted = filter.trim().toLowerCase();
    return wanted ? all.filter((match) => match.position.stakeholder.toLowerCase().includes(wanted)) : all;
  }, [all, filter]);
  const options = optionsPageFor(data.viewerPage);

  if (!target) {
    return (
      <section class="wsis-card__section wsis-positions" data-wsis-section="positions">
        <style>{positionsCss}</style>
        <h3>Positions</h3>
        <p class="wsis-card__pending">Positions are kept for the known WSIS+20 drafts only.</p>
      </section>
    );
  }
  // Labels in annexes ("A1:3") cannot be addressed by a position (packs cite the main text).
  const place: OwnPositionPlace | null = paragraph.part === 0 ? { family: target.family, revision: target.revision, label: paragraph.key } : null;
  const placeOf = (position: Position): OwnPositionPlace => ({ family: position.family, revision: position.revision, label: position.paragraphs[0] ?? paragraph.key });
  const blank: OwnPositionForm = { stakeholder: '', stance: 'supports', summary: '', quote: '', sourceUrl: '', date: new Date().toISOString().slice(0, 10) };

  const save = async (position: Position) => {
    await storage.saveOwnPosition(position);
    setEditing(null);
    setNotice(editing === 'new' ? 'Your position was added.' : 'Your position was saved.');
  };
  const remove = (position: Position) => {
    storage.deletePosition(position.origin, position.id).then(
      () => setNotice('Your position was deleted.'),
      (error: unknown) => setNotice(`Could not delete: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <section class="wsis-card__section wsis-positions" data-wsis-section="positions" data-wsis-positions-count={all.length}>
      <style>{positionsCss}</style>
      <h3>Positions ({all.length})</h3>
      {all.length > 1 ? (
        <input
          class="wsis-positions__filter"
          type="search"
          placeholder="Filter by stakeholder"
          aria-label="Filter positions by stakeholder"
          value={filter}
          onInput={(event) => setFilter((event.currentTarget as HTMLInputElement).value)}
          data-wsis-positions-filter=""
        />
      ) : null}
      {all.length === 0 ? <p class="wsis-card__pending">No positions on this paragraph yet.</p> : null}
      {all.length > 0 && shown.length === 0 ? <p class="wsis-card__pending">No position by “{filter.trim()}” here.</p> : null}
      <PositionList matches={shown} packNames={packNames} onEdit={(position) => setEditing(position)} onDelete={remove} />
      {problem ? <p class="wsis-card__pending">Your own and pack positions could not be read: {problem}</p> : null}
      {notice ? (
        <p class="wsis-card__pending" role="status">
          {notice}
        </p>
      ) : null}
      {editing !== null && (editing !== 'new' || place) ? (
        <PositionForm
          key={editing === 'new' ? 'new' : editing.id}
          place={editing === 'new' ? place! : placeOf(editing)}
          editing={editing === 'new' ? null : editing}
          initial={editing === 'new' ? blank : formOf(editing)}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <div class="wsis-positions__actions">
        {editing === null && place ? (
          <button type="button" data-wsis-add-position="" onClick={() => { setNotice(null); setEditing('new'); }}>
            Add your position
          </button>
        ) : null}
        {options ? (
          <a href={options} target="_blank" rel="noopener noreferrer" data-wsis-link="positions-options">
            Positions and packs
          </a>
        ) : null}
      </div>
    </section>
  );
}

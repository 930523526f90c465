// One watched paragraph in the popup: its label in the newest revision, its status since the revision
// the reader acknowledged (with the word diff), the note, and what can be done with it. Text nodes only.
import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { DiffView } from '@/components/card/DiffView';
import type { WatchRow } from '@/utils/watches/watch-list-model';

export interface WatchItemActions {
  onSeen(row: WatchRow): void;
  onRemove(row: WatchRow): void;
  onNote(row: WatchRow, note: string): void;
}

const EXCERPT_CHARS = 140;

interface WatchItemProps {
  row: WatchRow;
  actions: WatchItemActions;
}

/** Re-renders only for a new row or new actions: a list of a thousand redraws the one that changed. */
export class WatchItem extends Component<WatchItemProps> {
  override shouldComponentUpdate(next: WatchItemProps): boolean {
    return next.row !== this.props.row || next.actions !== this.props.actions;
  }

  override render(props: WatchItemProps) {
    return <WatchItemBody {...props} />;
  }
}

function WatchItemBody({ row, actions }: WatchItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(row.note);
  const save = () => {
    setEditing(false);
    if (draft !== row.note) actions.onNote(row, draft);
  };
  return (
    <li class={`watch${row.changed ? ' watch--changed' : ''}`} data-wsis-watch-item={row.label} data-wsis-watch-id={row.id}>
      <div class="watch__head">
        <span class="watch__status" data-wsis-watch-status={row.state ?? ''}>
          {row.status}
        </span>
        <span class="watch__context">{row.context}</span>
        {row.newPositions > 0 ? (
          <span class="watch__positions" data-wsis-watch-positions={row.newPositions}>
            {row.newPositions === 1 ? '1 new position' : `${row.newPositions} new positions`}
          </span>
        ) : null}
      </div>
      {row.changed && row.tokens.length > 0 ? (
        <DiffView tokens={row.tokens} label={`Changes to ¶${row.label}`} />
      ) : (
        <p class="watch__excerpt">{row.text.length > EXCERPT_CHARS ? `${row.text.slice(0, EXCERPT_CHARS)}…` : row.text}</p>
      )}
      {editing ? (
        <textarea
          class="watch__note-input"
          data-wsis-watch-note=""
          aria-label={`Your note on ¶${row.label}`}
          value={draft}
          maxLength={5000}
          rows={3}
          ref={(element) => element?.focus()}
          onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
          onBlur={save}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
            if (event.key === 'Escape') {
              event.stopPropagation();
              setDraft(row.note);
              setEditing(false);
            }
          }}
        />
      ) : row.note ? (
        <p class="watch__note" data-wsis-watch-note-text="">
          {row.note}
        </p>
      ) : null}
      <div class="watch__actions">
        {row.cleanHref ? (
          <a href={row.cleanHref} target="_blank" rel="noopener" data-wsis-watch-open="clean">
            Open ¶{row.label}
          </a>
        ) : null}
        {row.trackedHref ? (
          <a href={row.trackedHref} target="_blank" rel="noopener" data-wsis-watch-open="tracked">
            Tracked changes
          </a>
        ) : null}
        <button type="button" onClick={() => (editing ? save() : (setDraft(row.note), setEditing(true)))} data-wsis-watch-edit-note="">
          {editing ? 'Save note' : row.note ? 'Edit note' : 'Add note'}
        </button>
        {row.changed ? (
          <button type="button" onClick={() => actions.onSeen(row)} data-wsis-watch-seen="">
            Mark as seen
          </button>
        ) : null}
        <button type="button" onClick={() => actions.onRemove(row)} data-wsis-watch-remove="">
          Remove
        </button>
      </div>
    </li>
  );
}

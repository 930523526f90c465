// The Watch toggle and the reader's note. A watch stores where it was made (family, revision, key)
// and the paragraph's text; on another revision the toggle finds it through alignment. Extension
// pages only (the viewer, the card frame on HTML pages), through their card storage.
import { useEffect, useRef, useState } from 'preact/hooks';
import { notifyWatchesChanged } from '@/components/watch-list/notify-background';
import { revisionName } from '@/utils/catalog';
import type { Watch } from '@/utils/db/schema';
import { watchOnParagraph } from '@/utils/watches/watch-on-paragraph';
import { paragraphKey } from '@/utils/align';
import { revisionTextOf, type CardData, type CardParagraph } from './card-data';
import { useCardStorage } from './card-storage';

const NOTE_SAVE_DELAY_MS = 400;

export function WatchSection({ paragraph, data }: { paragraph: CardParagraph; data: CardData }) {
  const family = data.document.documentId?.family ?? null;
  const revision = data.document.documentId?.revision ?? null;
  // undefined while looking, null when not watched.
  const [watch, setWatch] = useState<Watch | null | undefined>(undefined);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Whether the note as typed is stored: 'saving' from the first key until the last edit is written.
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const noteEdits = useRef(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A translation's own text cannot be aligned with English revisions: the cached English text stands in.
  const here = revisionTextOf(data);
  const storage = useCardStorage();

  // Bumped when another page (a viewer, a card on a WSIS page, the popup) changes the watches.
  const [heard, setHeard] = useState(0);
  useEffect(() => storage.onWatchesChanged(() => setHeard((count) => count + 1)), [storage]);

  /** Finds the paragraph's watch; `fresh`: another paragraph is shown (not the same one looked up again). */
  const lookUp = (fresh: boolean) => {
    if (!family || !revision) return;
    let live = true;
    const edits = noteEdits.current;
    const typing = !fresh && noteState === 'saving';
    storage.listWatches(family)
      .then((watches) => {
        if (!live) return;
        const found = watchOnParagraph(watches, { family, revision, key: paragraph.key }, here, data.revisions);
        setWatch(found);
        if (!found) clearTimeout(saveTimer.current); // stopped elsewhere: nothing left to save the note to
        // A note being typed here stays as typed (it is about to be saved).
        if (!typing && edits === noteEdits.current) setNote(found?.note ?? '');
      })
      .catch((error: unknown) => live && setProblem(messageOf(error)));
    return () => {
      live = false;
    };
  };
  useEffect(() => {
    setWatch(undefined);
    noteEdits.current++;
    setNoteState('idle');
    return lookUp(true);
  }, [family, revision, paragraph.key, here, data.revisions]);
  // The same paragraph, its watch changed elsewhere: no reset, so the toggle does not flicker.
  useEffect(() => (heard > 0 ? lookUp(false) : undefined), [heard]);

  if (!family || !revision) {
    return (
      <section class="wsis-card__section" data-wsis-section="watch">
        <h3>Watch</h3>
        <p class="wsis-card__pending">Only paragraphs of a known WSIS+20 revision can be watched.</p>
      </section>
    );
  }

  const toggle = async () => {
    if (watch === undefined || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      if (watch) {
        clearTimeout(saveTimer.current);
        await storage.removeWatch(watch.id);
        setWatch(null);
        setNote('');
        noteEdits.current++;
        setNoteState('idle');
      } else {
        // The watch remembers the text it follows later revisions by: the English one where at hand.
        const text = here?.paragraphs.find((p) => paragraphKey(p) === paragraph.key)?.text ?? paragraph.text;
        const made = await storage.addWatch({ family, revision, label: paragraph.key, text, note });
        setWatch(made);
      }
      void notifyWatchesChanged();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const saveNote = (text: string) => {
    if (!watch) return;
    const edit = noteEdits.current;
    storage.updateWatchNote(watch.id, text)
      .then(() => {
        if (edit === noteEdits.current) setNoteState('saved');
        void notifyWatchesChanged();
      })
      .catch((error: unknown) => setProblem(messageOf(error)));
  };
  const onNote = (event: Event) => {
    const text = (event.currentTarget as HTMLTextAreaElement).value;
    noteEdits.current++;
    setNote(text);
    setNoteState('saving');
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => saveNote(text), NOTE_SAVE_DELAY_MS);
  };
  const onNoteBlur = () => {
    if (saveTimer.current === undefined) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    saveNote(note);
  };

  const watched = watch != null;
  const elsewhere = watch && (watch.revision !== revision || watch.label !== paragraph.key);
  return (
    <section class="wsis-card__section" data-wsis-section="watch">
      <h3>Watch</h3>
      <button
        type="button"
        class="wsis-card__button"
        data-wsis-watch=""
        aria-pressed={watched}
        disabled={watch === undefined || busy}
        onClick={() => void toggle()}
        title="Key w"
      >
        {watched ? 'Watching — stop' : 'Watch this paragraph'}
      </button>
      <p class="wsis-card__pending" style={{ fontStyle: 'normal', marginTop: '4px' }}>
        {watched
          ? elsewhere
            ? `Watched since ¶${watch.label} of ${revisionName(watch.revision, watch.family)}; the toolbar button lists what changed in new revisions.`
            : 'The toolbar button lists this paragraph and tells you when a new revision changes it.'
          : 'Be told when a new revision changes, moves or deletes this paragraph (key w).'}
      </p>
      {watched ? (
        <label style={{ display: 'block', marginTop: '6px', fontSize: '13px' }}>
          Your note
          <textarea
            data-wsis-watch-note=""
            value={note}
            onInput={onNote}
            onBlur={onNoteBlur}
            rows={2}
            maxLength={5000}
            style={{ display: 'block', width: '100%', boxSizing: 'border-box', font: 'inherit' }}
          />
          <span class="wsis-card__pending" data-wsis-watch-note-state={noteState} aria-live="polite">
            {noteState === 'saving' ? 'Saving…' : noteState === 'saved' ? 'Saved' : ''}
          </span>
        </label>
      ) : null}
      {problem ? <p class="wsis-card__pending" role="alert">Could not save the watch: {problem}</p> : null}
    </section>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The reader's own position on a paragraph: add or edit. Checked like any pack entry before it is
// stored; what is wrong is listed in the form's words and nothing is saved.
import { useState } from 'preact/hooks';
import { STANCES, type Position } from '@/utils/positions/model';
import { STANCE_NAMES, isStance, ownPosition, type OwnPositionForm, type OwnPositionPlace } from '@/utils/positions/own-position';

export interface PositionFormProps {
  place: OwnPositionPlace;
  /** The position being edited; a new one gets a fresh id. */
  editing: Position | null;
  initial: OwnPositionForm;
  onSave(position: Position): Promise<void>;
  onCancel(): void;
}

export function PositionForm({ place, editing, initial, onSave, onCancel }: PositionFormProps) {
  const [form, setForm] = useState<OwnPositionForm>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const field = (name: keyof OwnPositionForm) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setForm((old) => ({ ...old, [name]: name === 'stance' ? (isStance(value) ? value : old.stance) : value }));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = ownPosition(form, place, editing?.id ?? `own-${crypto.randomUUID()}`);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      await onSave(checked.value);
    } catch (error) {
      setErrors([`could not save: ${error instanceof Error ? error.message : String(error)}`]);
      setSaving(false);
    }
  };
  return (
    <form class="wsis-position-form" data-wsis-position-form="" onSubmit={(event) => void submit(event)} noValidate>
      <label>
        Stakeholder
        <input name="stakeholder" value={form.stakeholder} onInput={field('stakeholder')} required maxLength={300} />
      </label>
      <label>
        Stance
        <select name="stance" value={form.stance} onChange={field('stance')}>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {STANCE_NAMES[stance]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Summary
        <textarea name="summary" value={form.summary} onInput={field('summary')} required maxLength={3000} />
      </label>
      <label>
        Quote (optional)
        <textarea name="quote" value={form.quote} onInput={field('quote')} maxLength={5000} />
      </label>
      <label>
        Source URL
        <input name="sourceUrl" type="url" value={form.sourceUrl} onInput={field('sourceUrl')} required placeholder="https://…" />
      </label>
      <label>
        Date
        <input name="date" value={form.date} onInput={field('date')} required placeholder="YYYY-MM-DD" />
      </label>
      {errors.length > 0 ? (
        // The alert wraps the list: on the <ul> itself the role would replace the list's, orphaning its items.
        <div role="alert">
          <ul class="wsis-position-form__errors" data-wsis-form-errors="">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="wsis-positions__actions">
        <button type="submit" disabled={saving} data-wsis-save-position="">
          {editing ? 'Save changes' : 'Add position'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

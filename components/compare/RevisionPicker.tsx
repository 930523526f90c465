// "Compare Rev.1 with Rev.2": either side of the compare view switched to another draft read ("what
// changed since the Zero Draft"). The address stays the view's state: a choice loads the new pair,
// and Back returns to the last one.
import { compareChoices, type CompareChoice, type CompareSide } from '@/utils/revisions/compare-choices';
import { draftsRead } from '@/utils/revisions/drafts-read';
import type { RevisionText } from '@/utils/revisions/revision-text';
import { compareAddress } from '@/utils/viewer-url';

interface Props {
  /** The revisions read (the store's), to switch to. */
  cached: readonly RevisionText[];
  older: CompareSide;
  newer: CompareSide;
  viewerPage: string;
}

export function RevisionPicker({ cached, older, newer, viewerPage }: Props) {
  const choices = compareChoices(draftsRead(cached), older, newer);
  if (!choices) return null;
  const go = (olderUrl: string, newerUrl: string) => location.assign(compareAddress(viewerPage, olderUrl, newerUrl));
  return (
    <p class="wsis-compare__pick" data-wsis-compare-pick="">
      Compare{' '}
      <RevisionSelect label="Older revision" choices={choices.older} value={older.url} side="older" onPick={(url) => go(url, newer.url)} /> with{' '}
      <RevisionSelect label="Newer revision" choices={choices.newer} value={newer.url} side="newer" onPick={(url) => go(older.url, url)} />
    </p>
  );
}

function RevisionSelect({ label, choices, value, side, onPick }: { label: string; choices: CompareChoice[]; value: string; side: string; onPick(url: string): void }) {
  return (
    <select
      aria-label={label}
      data-wsis-compare-side={side}
      value={value}
      onChange={(event) => {
        const url = (event.currentTarget as HTMLSelectElement).value;
        if (url !== value) onPick(url);
      }}
    >
      {choices.map((choice) => (
        <option key={choice.url} value={choice.url} disabled={choice.disabled}>
          {choice.name}
        </option>
      ))}
    </select>
  );
}

// Which revisions a compare view can switch either side to: the drafts read, oldest first. Each side
// keeps its own file among them (a tracked-changes file, or a translation, is not one of the drafts
// stored), and may take only the revisions that keep the pair in order, the older before the newer.
import type { DraftRead } from './drafts-read';

export interface CompareSide {
  url: string;
  name: string;
}

export interface CompareChoice extends CompareSide {
  /** The other side's revision, or one that would put the pair out of order. */
  disabled: boolean;
}

export interface CompareChoices {
  older: CompareChoice[];
  newer: CompareChoice[];
}

/** `drafts`: as draftsRead lists them (newest first). Null when neither side has anything else to take. */
export function compareChoices(drafts: readonly DraftRead[], older: CompareSide, newer: CompareSide): CompareChoices | null {
  const oldestFirst = [...drafts].reverse();
  const olderAt = oldestFirst.findIndex((draft) => draft.url === older.url);
  const newerAt = oldestFirst.findIndex((draft) => draft.url === newer.url);
  const side = (own: CompareSide, ownAt: number, other: CompareSide, inOrder: (at: number) => boolean): CompareChoice[] => {
    const choices = oldestFirst.map((draft, at) => ({
      url: draft.url,
      name: draft.name,
      disabled: at !== ownAt && (draft.url === other.url || !inOrder(at)),
    }));
    return ownAt >= 0 ? choices : [{ url: own.url, name: own.name, disabled: false }, ...choices];
  };
  const choices = {
    older: side(older, olderAt, newer, (at) => newerAt < 0 || at < newerAt),
    newer: side(newer, newerAt, older, (at) => olderAt < 0 || at > olderAt),
  };
  const elsewhere = (list: CompareChoice[], own: CompareSide) => list.some((choice) => !choice.disabled && choice.url !== own.url);
  return elsewhere(choices.older, older) || elsewhere(choices.newer, newer) ? choices : null;
}

// A paragraph through every revision the reader has read: its number and words in each, and what each
// revision changed in it ("when did 'permanent' come in?"). Followed one revision to the next by the
// same alignment as everywhere else, never by label, so renumbering, splits and merges are read from
// context; it stops where the paragraph was added or deleted.
import { paragraphKey } from '../align/types';
import { compareRevisions, revisionName } from '../catalog';
import type { Revision } from '../document-id';
import { wordDiff, type Token } from '../word-diff';
import { followParagraph } from './follow-paragraph';
import { joinTexts } from './paragraph-change';
import { textOfRevision, type RevisionText } from './revision-text';

export type HistoryState =
  /** The earliest revision read that has it (and none read before it). */
  | 'earliest'
  /** New in this revision: the one read before it does not have it. */
  | 'added'
  | 'unchanged'
  | 'modified'
  /** Not in this revision, and in the next one: added there. */
  | 'not-yet'
  /** Not in this revision any more: deleted here. */
  | 'deleted';

export interface HistoryEntry {
  revision: Revision;
  name: string;
  /** The revision's file, for a link to the paragraph there. */
  url: string;
  /** The paragraph's keys in this revision (two after a split); empty when it is not there. */
  keys: string[];
  state: HistoryState;
  /** Word diff from the entry before; empty unless modified. */
  tokens: Token[];
  /** The revision the card shows. */
  current: boolean;
}

/** Oldest first; empty without a known revision. `revisions`: the cached texts of the family. */
export function paragraphHistory(current: RevisionText, key: string, revisions: readonly RevisionText[]): HistoryEntry[] {
  const here = current.documentId.revision;
  const family = current.documentId.family ?? undefined;
  if (!here) return [];
  const order = [...new Set([here, ...revisions.map((r) => r.documentId.revision).filter((r): r is Revision => !!r)])].sort(compareRevisions);
  const texts = order.map((revision) => (revision === here ? current : textOfRevision(revisions, revision)!));
  const at = order.indexOf(here);
  const keys: (string[] | null)[] = order.map(() => null); // null: not followed that far
  keys[at] = [key];
  // Outwards from the shown revision, one step at a time, until the paragraph is not there.
  for (const step of [-1, 1]) {
    for (let i = at + step; i >= 0 && i < order.length; i += step) {
      const from = texts[i - step]!;
      const found = followKeys(keys[i - step]!, from, texts[i]!);
      keys[i] = found;
      if (found.length === 0) break;
    }
  }
  const entries: HistoryEntry[] = [];
  let before: string | null = null;
  order.forEach((revision, i) => {
    const there = keys[i];
    if (!there) return;
    const text = texts[i]!;
    const base = { revision, name: revisionName(revision, family), url: text.url, keys: there, tokens: [] as Token[], current: i === at };
    if (there.length === 0) {
      entries.push({ ...base, state: i < at ? 'not-yet' : 'deleted' });
      return;
    }
    const words = joinTexts(text, there);
    if (before === null) entries.push({ ...base, state: entries.length > 0 ? 'added' : 'earliest' });
    else {
      const tokens = wordDiff(before, words);
      const changed = tokens.some((token) => token.kind !== 'same');
      entries.push({ ...base, state: changed ? 'modified' : 'unchanged', tokens: changed ? tokens : [] });
    }
    before = words;
  });
  return entries;
}

/** Where paragraphs `keys` of `from` went in `to` (each once, in `to`'s order). */
function followKeys(keys: readonly string[], from: RevisionText, to: RevisionText): string[] {
  const revision = from.documentId.revision!;
  const found = new Set<string>();
  for (const key of keys) {
    const text = joinTexts(from, [key]);
    for (const there of followParagraph({ revision, key, text }, to, from)?.newKeys ?? []) found.add(there);
  }
  const order = new Map(to.paragraphs.map((p, i) => [paragraphKey(p), i]));
  return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

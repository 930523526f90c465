// What happened to one paragraph between two revisions, in the terms a reader uses: "Changed since
// Rev.1 (was ¶96)", "Split from Rev.1 ¶72", "Merged from Rev.1 ¶¶97–98", "New in Rev.2".
import { paragraphKey, type AlignmentUnit, type ChangeKind } from '../align';
import { wordDiff, type Token } from '../word-diff';
import { paragraphRef } from './paragraph-ref';
import type { RevisionText } from './revision-text';

export interface ParagraphChange {
  change: ChangeKind;
  /** Keys of the paragraph(s) on the older side ("96"; two or more for a merge); empty when added. */
  oldKeys: string[];
  /** Keys on the newer side; empty when deleted. */
  newKeys: string[];
  similarity: number;
  /** Word diff from the older text(s) to the newer one(s); empty when added or deleted. */
  tokens: Token[];
}

/** The unit holding `key` on one side, or null when the alignment does not know the key. */
export function unitWith(units: readonly AlignmentUnit[], side: 'old' | 'new', key: string): AlignmentUnit | null {
  return units.find((unit) => unit[side].includes(key)) ?? null;
}

/** The change of a paragraph of the newer revision (side 'new') or of the older one (side 'old'). */
export function paragraphChange(
  units: readonly AlignmentUnit[],
  older: RevisionText,
  newer: RevisionText,
  side: 'old' | 'new',
  key: string,
): ParagraphChange | null {
  const unit = unitWith(units, side, key);
  if (!unit) return null;
  const oldText = joinTexts(older, unit.old);
  const newText = joinTexts(newer, unit.new);
  const tokens = unit.old.length && unit.new.length && unit.change !== 'unchanged' ? wordDiff(oldText, newText) : [];
  return { change: unit.change, oldKeys: unit.old, newKeys: unit.new, similarity: unit.similarity, tokens };
}

/** The text of the paragraphs `keys` of a revision, joined (a split's parts, a merge's sources). */
export function joinTexts(revision: RevisionText, keys: readonly string[]): string {
  const byKey = new Map(revision.paragraphs.map((p) => [paragraphKey(p), p.text]));
  return keys.map((key) => byKey.get(key) ?? '').join(' ');
}



/** The card's one-line summary of a change of a paragraph on the newer side, against `previousName`. */
export function changeHeadline(change: ParagraphChange, previousName: string, currentName: string): string {
  const was = paragraphRef(change.oldKeys);
  const renumbered = change.oldKeys.length === 1 && change.newKeys.length === 1 && change.oldKeys[0] !== change.newKeys[0];
  switch (change.change) {
    case 'unchanged':
      return renumbered ? `Unchanged since ${previousName} (was ${was})` : `Unchanged since ${previousName}`;
    case 'modified':
      return renumbered ? `Changed since ${previousName} (was ${was})` : `Changed since ${previousName}`;
    case 'moved':
      return `Moved since ${previousName} (was ${was})${change.tokens.length && change.similarity < 1 ? ', and changed' : ''}`;
    case 'split':
      return `Split from ${previousName} ${was}`;
    case 'merged':
      return `Merged from ${previousName} ${was}`;
    case 'added':
      return `New in ${currentName}`;
    case 'deleted':
      return `Deleted in ${currentName}`;
  }
}

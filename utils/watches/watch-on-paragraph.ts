// Which watch, if any, is on the paragraph a card shows: one made on this very paragraph, or one
// made in another revision that alignment follows to it (a label alone never decides).
import type { Family, Revision } from '../document-id';
import type { Watch } from '../db/schema';
import { followParagraph } from '../revisions/follow-paragraph';
import type { RevisionText } from '../revisions/revision-text';

export interface ShownParagraph {
  family: Family;
  revision: Revision;
  key: string;
}

/**
 * `here`: the shown revision's text, when at hand (without it only a watch made here is found);
 * `revisions`: cached texts of the family, for the full alignment from where each watch was made.
 */
export function watchOnParagraph(watches: readonly Watch[], shown: ShownParagraph, here: RevisionText | null, revisions: readonly RevisionText[]): Watch | null {
  const sameFamily = watches.filter((watch) => watch.family === shown.family);
  const madeHere = sameFamily.find((watch) => watch.revision === shown.revision && watch.label === shown.key);
  if (madeHere) return madeHere;
  if (!here) return null;
  for (const watch of sameFamily) {
    if (watch.revision === shown.revision) continue;
    const originText = revisions.find((r) => r.documentId.revision === watch.revision);
    const change = followParagraph({ revision: watch.revision, key: watch.label, text: watch.text }, here, originText);
    if (change?.newKeys.includes(shown.key)) return watch;
  }
  return null;
}

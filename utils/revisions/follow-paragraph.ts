// Where a paragraph of one revision is in another, by alignment, never by label (every revision
// renumbers). Used for watches (stored with their text) and for positions said about other revisions.
import { alignParagraphs, paragraphKey, parseParagraphKey, type AlignmentUnit } from '../align';
import { compareRevisions } from '../catalog';
import type { Revision } from '../document-id';
import { alignRevisions } from './alignment-cache';
import { paragraphChange, type ParagraphChange } from './paragraph-change';
import { textOfRevision, type RevisionText } from './revision-text';

export interface ParagraphOrigin {
  revision: Revision;
  /** Paragraph key in `revision` ("98", "A1:3"). */
  key: string;
  /** Its text there; enough to find it again when that revision is not at hand. */
  text: string;
}

/**
 * The paragraph's counterpart in `target`, as a change from `origin` to it; null when it has none.
 * With the origin's whole revision at hand the two texts are aligned in full (renumbering, splits and
 * merges read from context); without it, the remembered text alone is aligned against the target.
 */
export function followParagraph(origin: ParagraphOrigin, target: RevisionText, originText?: RevisionText): ParagraphChange | null {
  if (originText && originText.hash === target.hash) {
    return paragraphChange(alignRevisions(originText, target), originText, target, 'old', origin.key);
  }
  if (originText) {
    const originIsOlder = compareRevisions(origin.revision, target.documentId.revision ?? origin.revision) <= 0;
    if (originIsOlder) return paragraphChange(alignRevisions(originText, target), originText, target, 'old', origin.key);
    // Followed back in time: the same units read from the other side.
    const change = paragraphChange(alignRevisions(target, originText), target, originText, 'new', origin.key);
    return change && { ...change, oldKeys: change.newKeys, newKeys: change.oldKeys, tokens: change.tokens.map(reverseToken) };
  }
  const alone: RevisionText = {
    hash: `text:${origin.revision}:${origin.key}`,
    url: '',
    documentId: target.documentId,
    paragraphs: [{ ...parseParagraphKey(origin.key), text: origin.text, kind: 'operative', heading: null }],
  };
  const units: AlignmentUnit[] = alignParagraphs(alone.paragraphs, target.paragraphs);
  return paragraphChange(units, alone, target, 'old', origin.key);
}

function reverseToken(token: ParagraphChange['tokens'][number]): ParagraphChange['tokens'][number] {
  return token.kind === 'ins' ? { ...token, kind: 'del' } : token.kind === 'del' ? { ...token, kind: 'ins' } : token;
}

/**
 * For the positions lookup: the key in `target` of paragraph `key` of `revision`, through whichever
 * cached text of that revision is at hand; null when that revision is not cached or the paragraph has
 * no counterpart (deleted).
 */
export function createLabelResolver(target: RevisionText, others: readonly RevisionText[]) {
  return (revision: Revision, key: string): string | null => {
    if (revision === target.documentId.revision) return key;
    const source = textOfRevision(others, revision);
    if (!source) return null;
    const text = source.paragraphs.find((p) => paragraphKey(p) === key)?.text;
    if (text === undefined) return null;
    return followParagraph({ revision, key, text }, target, source)?.newKeys[0] ?? null;
  };
}

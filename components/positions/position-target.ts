// Where a card's positions are looked up: the document's family and revision (as positions name it),
// and the text that aligns other revisions' paragraphs to this one.
import { revisionTextOf, type CardData } from '@/components/card/card-data';
import type { Family } from '@/utils/document-id';
import type { ResolveLabel } from '@/utils/positions/lookup';
import type { PositionRevision } from '@/utils/positions/model';
import { positionRevision } from '@/utils/positions/own-position';
import { createLabelResolver } from '@/utils/revisions/follow-paragraph';
import type { RevisionText } from '@/utils/revisions/revision-text';

export interface PositionTarget {
  family: Family;
  revision: PositionRevision;
  /** This revision's text: the document's own when indexed, else the cached one. */
  text: RevisionText | null;
}

export function positionTarget(data: Pick<CardData, 'document' | 'revisions'>): PositionTarget | null {
  const id = data.document.documentId;
  const revision = positionRevision(id?.revision);
  // A stakeholder input names the revision it comments on; its own paragraphs are not that text's.
  if (!id?.family || !revision || id.variant === 'stakeholder-input') return null;
  // A translation's paragraphs are found through the English text of its revision (numbers agree across languages).
  return { family: id.family, revision, text: revisionTextOf(data) };
}

/** Follows paragraphs of other cached revisions into the target's text; undefined without a text. */
export function targetResolver(target: PositionTarget | null, revisions: readonly RevisionText[]): ResolveLabel | undefined {
  if (!target?.text) return undefined;
  return createLabelResolver(target.text, revisions);
}

// The change of one paragraph of the current text since the previous revision. With both texts
// aligned in full the units say it; on an HTML page (only some paragraphs at hand) the paragraph is
// aligned alone against the previous revision.
import { alignParagraphs, type AlignmentUnit } from '../align';
import { paragraphChange, type ParagraphChange } from './paragraph-change';
import type { RevisionText } from './revision-text';

type TextParagraph = RevisionText['paragraphs'][number];

export function changeSincePrevious(
  previous: RevisionText,
  current: RevisionText | null,
  units: readonly AlignmentUnit[] | null,
  paragraph: TextParagraph & { key: string },
): ParagraphChange | null {
  if (current && units) return paragraphChange(units, previous, current, 'new', paragraph.key);
  const alone: RevisionText = { hash: '', url: '', documentId: previous.documentId, paragraphs: [paragraph] };
  return paragraphChange(alignParagraphs(previous.paragraphs, alone.paragraphs), previous, alone, 'new', paragraph.key);
}

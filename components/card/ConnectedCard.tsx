// The paragraph card with its sections filled: what changed, its history, positions, watch. Used by the viewer and
// by the card frame on HTML pages (entrypoints/card), which both can open IndexedDB directly.
//
// Props: the ParagraphCard's own (label, link, citation, navigation…) plus
//   paragraph: CardParagraph — the paragraph shown (key, text, kind, heading, page, part, tracked marks);
//   data: CardData — the document, the comparison with the previous revision, cached revisions;
//   linkTarget — '_blank' in a frame on someone else's page, '_self' (default) in the viewer.
import { ParagraphCard, type ParagraphCardProps } from '@/components/ParagraphCard';
import type { CardData, CardParagraph } from './card-data';
import { ChangeSection } from './ChangeSection';
import { HistorySection } from './HistorySection';
import { PositionsSection } from './PositionsSection';
import { WatchSection } from './WatchSection';

export interface ConnectedCardProps extends Omit<ParagraphCardProps, 'children'> {
  paragraph: CardParagraph;
  data: CardData;
  linkTarget?: '_self' | '_blank';
}

export function ConnectedCard({ paragraph, data, linkTarget, ...card }: ConnectedCardProps) {
  return (
    <ParagraphCard quote={paragraph.text} {...card}>
      <ChangeSection paragraph={paragraph} data={data} linkTarget={linkTarget} />
      <HistorySection paragraph={paragraph} data={data} linkTarget={linkTarget} />
      <PositionsSection paragraph={paragraph} data={data} linkTarget={linkTarget} />
      <WatchSection paragraph={paragraph} data={data} />
    </ParagraphCard>
  );
}

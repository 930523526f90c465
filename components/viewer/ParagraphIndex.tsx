// The sidebar: section headings with their paragraph labels, in reading order. Click to go there.
import type { Paragraph, PdfBox } from '@/utils/paragraphs/model';

interface Group {
  heading: string | null;
  paragraphs: Paragraph<PdfBox>[];
}

/** Consecutive paragraphs under the same heading form a group. */
export function groupByHeading(paragraphs: readonly Paragraph<PdfBox>[]): Group[] {
  const groups: Group[] = [];
  for (const paragraph of paragraphs) {
    const last = groups.at(-1);
    if (last && last.heading === paragraph.heading) last.paragraphs.push(paragraph);
    else groups.push({ heading: paragraph.heading, paragraphs: [paragraph] });
  }
  return groups;
}

export function ParagraphIndex(props: {
  paragraphs: readonly Paragraph<PdfBox>[];
  complete: boolean;
  activeLabel: string | null;
  onSelect(label: string): void;
}) {
  const groups = groupByHeading(props.paragraphs);
  return (
    <nav class="wsis-index" aria-label="Paragraph index">
      <div class="wsis-index__header">
        <h2>Paragraphs</h2>
        <span class="wsis-index__count">
          {props.paragraphs.length}
          {props.complete ? '' : '…'}
        </span>
      </div>
      {props.paragraphs.length === 0 ? (
        <p class="wsis-index__empty">{props.complete ? 'No numbered paragraphs found.' : 'Indexing…'}</p>
      ) : null}
      {groups.map((group, index) => (
        <section class="wsis-index__group" key={`${index}-${group.heading ?? ''}`}>
          {group.heading ? (
            <button type="button" class="wsis-index__heading" onClick={() => props.onSelect(group.paragraphs[0]?.label ?? '')}>
              {group.heading}
            </button>
          ) : null}
          <ul class="wsis-index__labels">
            {group.paragraphs.map((paragraph) => (
              <li key={paragraph.label}>
                <button
                  type="button"
                  class={`wsis-index__label${paragraph.label === props.activeLabel ? ' is-active' : ''}`}
                  data-index-label={paragraph.label}
                  aria-label={`Go to paragraph ${paragraph.label}`}
                  title={paragraph.text.slice(0, 160)}
                  onClick={() => props.onSelect(paragraph.label)}
                >
                  {paragraph.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

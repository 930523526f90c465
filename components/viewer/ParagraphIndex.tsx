// The sidebar: section headings with their paragraph labels, in reading order. Click to go there.
// Once compared with the previous revision, the paragraphs that changed are marked, and can be shown alone.
import { Component } from 'preact';
import { useState } from 'preact/hooks';
import type { Paragraph, PdfBox } from '@/utils/paragraphs/model';
import { annexName, paragraphKey, paragraphName } from './paragraph-keys';

interface Group {
  /** 0 for the main text, 1 for the first annex, … */
  part: number;
  heading: string | null;
  paragraphs: Paragraph<PdfBox>[];
}

/** Consecutive paragraphs of the same part under the same heading form a group. */
export function groupByHeading(paragraphs: readonly Paragraph<PdfBox>[]): Group[] {
  const groups: Group[] = [];
  for (const paragraph of paragraphs) {
    const last = groups.at(-1);
    if (last && last.part === paragraph.part && last.heading === paragraph.heading) last.paragraphs.push(paragraph);
    else groups.push({ part: paragraph.part, heading: paragraph.heading, paragraphs: [paragraph] });
  }
  return groups;
}

/** Groups by part: the main text's groups as they are, each annex's under one "Annex" group. */
function groupByPart(groups: readonly Group[]): { part: number; groups: Group[] }[] {
  const parts: { part: number; groups: Group[] }[] = [];
  for (const group of groups) {
    const last = parts.at(-1);
    if (last && last.part === group.part) last.groups.push(group);
    else parts.push({ part: group.part, groups: [group] });
  }
  return parts;
}

/** The paragraphs changed since the previous revision (keys), and that revision's name. */
export interface IndexChanges {
  since: string;
  keys: ReadonlySet<string>;
}

interface HeadingGroupProps {
  group: Group;
  activeLabel: string | null;
  changes: IndexChanges | null;
  onSelect(label: string): void;
}

/**
 * One heading's labels. While indexing, the index re-renders a few times a second with every paragraph
 * found so far; a group whose paragraphs and active label did not change is not rendered again.
 */
class HeadingGroup extends Component<HeadingGroupProps> {
  override shouldComponentUpdate(next: HeadingGroupProps): boolean {
    const before = this.props.group;
    const after = next.group;
    if (before.part !== after.part || before.heading !== after.heading || this.props.changes !== next.changes) return true;
    return labelsChanged(before.paragraphs, this.props.activeLabel, after.paragraphs, next.activeLabel);
  }

  override render() {
    const { group, activeLabel } = this.props;
    const first = group.paragraphs[0];
    return (
      <>
        {group.heading && group.heading !== annexName(group.part) ? (
          <button type="button" class="wsis-index__heading" onClick={() => this.props.onSelect(first ? paragraphKey(first) : '')}>
            {group.heading}
          </button>
        ) : null}
        <ul class="wsis-index__labels">
          {blocks(group.paragraphs).map((paragraphs, index) => (
            <LabelBlock key={index} paragraphs={paragraphs} activeLabel={activeLabel} changes={this.props.changes} onSelect={this.props.onSelect} />
          ))}
        </ul>
      </>
    );
  }
}

/** Whether a list of labels renders differently: other paragraphs, or the active label came into or left it. */
function labelsChanged(before: readonly Paragraph<PdfBox>[], activeBefore: string | null, after: readonly Paragraph<PdfBox>[], activeAfter: string | null): boolean {
  if (before.length !== after.length || before.some((paragraph, index) => paragraph !== after[index])) return true;
  if (activeBefore === activeAfter) return false;
  return holds(before, activeBefore) || holds(after, activeAfter);
}

function holds(paragraphs: readonly Paragraph<PdfBox>[], key: string | null): boolean {
  return key !== null && paragraphs.some((paragraph) => paragraphKey(paragraph) === key);
}

/** Labels per LabelBlock: a long document's one big group re-renders only its last block as it grows. */
const BLOCK = 50;

function blocks(paragraphs: Paragraph<PdfBox>[]): Paragraph<PdfBox>[][] {
  const out: Paragraph<PdfBox>[][] = [];
  for (let start = 0; start < paragraphs.length; start += BLOCK) out.push(paragraphs.slice(start, start + BLOCK));
  return out;
}

interface LabelBlockProps {
  paragraphs: Paragraph<PdfBox>[];
  activeLabel: string | null;
  changes: IndexChanges | null;
  onSelect(label: string): void;
}

class LabelBlock extends Component<LabelBlockProps> {
  override shouldComponentUpdate(next: LabelBlockProps): boolean {
    return this.props.changes !== next.changes || labelsChanged(this.props.paragraphs, this.props.activeLabel, next.paragraphs, next.activeLabel);
  }

  override render() {
    const { paragraphs, activeLabel, changes } = this.props;
    return (
      <>
        {paragraphs.map((paragraph) => {
          const key = paragraphKey(paragraph);
          const changed = changes?.keys.has(key) ?? false;
          return (
            <li key={key}>
              <button
                type="button"
                class={`wsis-index__label${key === activeLabel ? ' is-active' : ''}${changed ? ' is-changed' : ''}`}
                data-index-label={key}
                data-index-changed={changed ? '' : undefined}
                aria-label={`Go to ${lowerFirst(paragraphName(paragraph))}${changed ? `, changed since ${changes?.since}` : ''}`}
                title={paragraph.text.slice(0, 160)}
                onClick={() => this.props.onSelect(key)}
              >
                {paragraph.label}
              </button>
            </li>
          );
        })}
      </>
    );
  }
}

export function ParagraphIndex(props: {
  paragraphs: readonly Paragraph<PdfBox>[];
  complete: boolean;
  activeLabel: string | null;
  changes?: IndexChanges | null;
  onSelect(label: string): void;
}) {
  const changes = props.changes?.keys.size ? props.changes : null;
  const [changedOnly, setChangedOnly] = useState(false);
  const listed = changes && changedOnly ? props.paragraphs.filter((paragraph) => changes.keys.has(paragraphKey(paragraph))) : props.paragraphs;
  const groups = groupByHeading(listed);
  return (
    <nav class="wsis-index" aria-label="Paragraph index">
      <div class="wsis-index__header">
        <h2>Paragraphs</h2>
        <span class="wsis-index__count">
          {props.paragraphs.length}
          {props.complete ? '' : '…'}
        </span>
      </div>
      {changes ? (
        <button
          type="button"
          class="wsis-index__changed"
          aria-pressed={changedOnly}
          data-index-changed-only=""
          onClick={() => setChangedOnly((only) => !only)}
          title={`Marked: the paragraphs changed since ${changes.since}. Press to list only them.`}
        >
          <span class="wsis-index__changed-mark" aria-hidden="true" />
          Changed since {changes.since} <span>{changes.keys.size}</span>
        </button>
      ) : null}
      {props.paragraphs.length === 0 ? (
        <p class="wsis-index__empty">{props.complete ? 'No numbered paragraphs found.' : 'Indexing…'}</p>
      ) : null}
      {groupByPart(groups).map(({ part, groups: partGroups }, partIndex) =>
        part === 0 ? (
          partGroups.map((group, index) => (
            <section class="wsis-index__group" key={`${partIndex}-${index}-${group.heading ?? ''}`}>
              <HeadingGroup group={group} activeLabel={props.activeLabel} changes={changes} onSelect={props.onSelect} />
            </section>
          ))
        ) : (
          <section class="wsis-index__group wsis-index__group--annex" key={`${partIndex}-annex-${part}`} data-index-part={part}>
            <button
              type="button"
              class="wsis-index__heading wsis-index__heading--part"
              onClick={() => {
                const first = partGroups[0]?.paragraphs[0];
                props.onSelect(first ? paragraphKey(first) : '');
              }}
            >
              {annexName(part)}
            </button>
            {partGroups.map((group, index) => (
              <HeadingGroup key={`${index}-${group.heading ?? ''}`} group={group} activeLabel={props.activeLabel} changes={changes} onSelect={props.onSelect} />
            ))}
          </section>
        ),
      )}
    </nav>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

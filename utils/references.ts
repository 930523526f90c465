// Paragraph references in stakeholder prose ("para. 98", "paras 26 and 27", "OP12", "¶¶ 97–98",
// "op.93") found as spans to turn into links, and which revision a stakeholder text addresses.
// References to other documents ("paragraph 2 of resolution 70/125", "GDC para 28") are left alone.

import { INSERTED_SUFFIXES } from './paragraphs/inserted-paragraph';
import { POSITION_REVISIONS, type PositionRevision } from './positions/model';
import { safeDecode } from './safe-decode';

export interface ParagraphReferenceSpan {
  /** Offsets in the text: `text.slice(start, end)` is the reference, keyword included. */
  start: number;
  end: number;
  /** Labels as a reader cites them: "98", "PP3"; ranges expanded. */
  labels: string[];
  /** The revision named right next to the reference ("Rev1 para 101", "para 98 of Rev2"), else null. */
  revision: PositionRevision | null;
}

/** Ranges longer than this are not expanded (kept as their two ends): no real citation spans more. */
const MAX_RANGE_LENGTH = 200;

// "paragraph", "paragraphs", "para", "para.", "paras.", "¶", "¶¶" — any case.
const WORD_HEAD = /(?<![\p{L}\p{N}])(?:paragraphs?|paras?\.?|¶¶?)[\s\u00a0]*(?=[1-9])/giu;
// "OP12", "OP 12", "PP3", "op.93" — case-sensitive, so "pp. 12" (pages) is not a paragraph.
const CODE_HEAD = /(?<![\p{L}\p{N}])(OP|PP|[Oo]p(?=\.))\.?[\s\u00a0]*(?=[1-9])/gu;

// A label number: 1–3 digits, not part of "70/125", "3.2" or a year.
const NUMBER = String.raw`([1-9]\d{0,2})(?![\d/]|\.\d)`;
const RANGE_DASH = String.raw`\s*(?:-|‐|‑|–|—|\bto\b|\bthrough\b)\s*`;
const ITEM = new RegExp(String.raw`(?:PP|OP)?\s?${NUMBER}(?:${RANGE_DASH}(?:PP|OP)?\s?${NUMBER})?`, 'y');
const SEPARATOR = /(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&|or)\s+)/y;
// "para 12 bis": a paragraph inserted after 12 in negotiation (label "12bis").
const INSERTED_SUFFIX = new RegExp(String.raw`\s?(${INSERTED_SUFFIXES})(?![\p{L}\p{N}])`, 'uy');

// What may follow a paragraph number when it belongs to another document.
const OTHER_DOCUMENT_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:of|in)\s+(?:the\s+)?(?:` +
    String.raw`(?:General\s+Assembly\s+|Council\s+|UNGA\s+)?resolutions?\b|documents?\b|decisions?\b|[AES]\/` +
    String.raw`|(?:[\p{Lu}\d][\p{L}\d+'’-]*\s+){0,6}(?:Agenda|Compact|Declaration|Plan\s+of\s+Action|Commitment|Charter|Covenant|Convention|Principles|Guidelines|Report|Programme|Resolution)\b` +
    String.raw`|GDC\b|UDHR\b|ICCPR\b)`,
  'u',
);
// What may precede the keyword when it belongs to another document: "GDC para 28", "resolution 70/125, para 5".
const OTHER_DOCUMENT_BEFORE =
  /(?:\bGDC|Compact|Agenda|Declaration|UDHR|Charter|resolution\s+\d+\/\d+|[AES]\/[\w./-]*\d)\s*,?\s*$/u;

// Names of revisions as stakeholders and URLs write them. Letters/digits around must not continue a word.
const REVISION_NAMES: ReadonlyArray<{ pattern: string; revision: (match: RegExpExecArray) => PositionRevision | null }> = [
  { pattern: String.raw`elements[\s_-]*paper`, revision: () => 'elements-paper' },
  { pattern: String.raw`zero[\s_-]*draft`, revision: () => 'zero-draft' },
  { pattern: String.raw`rev(?:ision)?[\s._-]*([1-4])`, revision: (m) => revisionNumbered(m[1]) },
  { pattern: String.raw`(first|second|third|fourth)\s+revised\s+draft`, revision: (m) => revisionNumbered(ordinal(m[1])) },
  { pattern: String.raw`(?:A\/80\/)?L\.\s?41`, revision: () => 'L.41' },
  { pattern: String.raw`A\/RES\/80\/173`, revision: () => 'final' },
];
// Only next to a reference ("final para 103"): on its own, "final" says nothing about a revision.
const REVISION_NAMES_NEXT_TO_REFERENCE: typeof REVISION_NAMES = [
  ...REVISION_NAMES,
  { pattern: String.raw`final(?:\s+(?:text|version|outcome(?:\s+document)?|resolution))?`, revision: () => 'final' },
];
const AROUND_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AROUND_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Paragraph references in `text`, in order of appearance. */
export function findParagraphReferences(text: string): ParagraphReferenceSpan[] {
  const spans = [...findWithHead(text, WORD_HEAD, ''), ...findWithHead(text, CODE_HEAD, 'code')];
  spans.sort((a, b) => a.start - b.start);
  // The two keyword families cannot really overlap, but never return overlapping links.
  const result: ParagraphReferenceSpan[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    if (!previous || span.start >= previous.end) result.push(span);
  }
  return result;
}

function findWithHead(text: string, head: RegExp, style: '' | 'code'): ParagraphReferenceSpan[] {
  const spans: ParagraphReferenceSpan[] = [];
  const pattern = new RegExp(head.source, head.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const prefix = style === 'code' && match[1] === 'PP' ? 'PP' : '';
    const list = readLabelList(text, match.index + match[0].length, prefix);
    if (list === null) continue;
    pattern.lastIndex = list.end;
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const after = text.slice(list.end, list.end + 120);
    if (OTHER_DOCUMENT_AFTER.test(after) || OTHER_DOCUMENT_BEFORE.test(before)) continue;
    spans.push({ start: match.index, end: list.end, labels: list.labels, revision: revisionNextTo(before, after) });
  }
  return spans;
}

function readLabelList(text: string, from: number, prefix: string): { labels: string[]; end: number } | null {
  const labels: string[] = [];
  let end = from;
  let position = from;
  for (;;) {
    const item = readItem(text, position, prefix);
    if (item === null) break;
    for (const label of item.labels) if (!labels.includes(label)) labels.push(label);
    end = item.end;
    SEPARATOR.lastIndex = end;
    if (!SEPARATOR.exec(text)) break;
    position = SEPARATOR.lastIndex;
  }
  return labels.length > 0 ? { labels, end } : null;
}

function readItem(text: string, position: number, prefix: string): { labels: string[]; end: number } | null {
  ITEM.lastIndex = position;
  const match = ITEM.exec(text);
  if (!match || match[1] === undefined) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? null : Number(match[2]);
  if (last === null || last <= first || last - first > MAX_RANGE_LENGTH) {
    // Not a usable range ("12-2", "1-900"): take the first number only.
    const single = new RegExp(String.raw`(?:PP|OP)?\s?${NUMBER}`, 'y');
    single.lastIndex = position;
    const singleMatch = single.exec(text);
    if (!singleMatch) return null;
    INSERTED_SUFFIX.lastIndex = single.lastIndex;
    const inserted = INSERTED_SUFFIX.exec(text);
    if (inserted) return { labels: [`${prefix}${first}${inserted[1]}`], end: INSERTED_SUFFIX.lastIndex };
    return { labels: [`${prefix}${first}`], end: single.lastIndex };
  }
  const labels: string[] = [];
  for (let n = first; n <= last; n++) labels.push(`${prefix}${n}`);
  return { labels, end: ITEM.lastIndex };
}

function revisionNextTo(before: string, after: string): PositionRevision | null {
  for (const name of REVISION_NAMES_NEXT_TO_REFERENCE) {
    const following = new RegExp(String.raw`^\s*,?\s*(?:of|in)\s+(?:the\s+)?${AROUND_BEFORE}(?:${name.pattern})${AROUND_AFTER}`, 'iu').exec(after);
    if (following) return name.revision(following);
    const preceding = new RegExp(String.raw`${AROUND_BEFORE}(?:${name.pattern})${AROUND_AFTER}[\s’']*s?\s*$`, 'iu').exec(before);
    if (preceding) return name.revision(preceding);
  }
  return null;
}

/**
 * Which revision a stakeholder text addresses: from its URL ("Inputs to Rev2", "input-to-rev-1"),
 * else from its text ("Revision 2", "Rev.1", "zero draft", "Second Revised Draft"). The most named
 * revision wins; a tie goes to the newer one. Null when none is named (callers fall back to the newest).
 */
export function revisionAddressedBy(source: { url?: string | null; text?: string | null }): PositionRevision | null {
  return mostNamedRevision(safeDecode(source.url ?? '')) ?? mostNamedRevision(source.text ?? '');
}

function mostNamedRevision(text: string): PositionRevision | null {
  if (text === '') return null;
  const counts = new Map<PositionRevision, number>();
  for (const name of REVISION_NAMES) {
    const pattern = new RegExp(`${AROUND_BEFORE}(?:${name.pattern})${AROUND_AFTER}`, 'giu');
    for (const match of text.matchAll(pattern)) {
      const revision = name.revision(match);
      if (revision !== null) counts.set(revision, (counts.get(revision) ?? 0) + 1);
    }
  }
  let best: PositionRevision | null = null;
  let bestCount = 0;
  for (const revision of POSITION_REVISIONS) {
    const count = counts.get(revision) ?? 0;
    if (count > 0 && count >= bestCount) {
      best = revision;
      bestCount = count;
    }
  }
  return best;
}


function revisionNumbered(digit: string | undefined): PositionRevision | null {
  const revision = `rev${digit ?? ''}`;
  return POSITION_REVISIONS.find((candidate) => candidate === revision) ?? null;
}

function ordinal(word: string | undefined): string | undefined {
  const ordinals: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4' };
  return word === undefined ? undefined : ordinals[word.toLowerCase()];
}

// Section headings that changed between two revisions: renamed ("Bridging digital divides" →
// "Closing all digital divides"), added or removed, in the newer text's order (removals at their old
// place). Correspondence is decided through the paragraphs: a heading is renamed when the paragraphs
// under the new text mostly come from under an old text that heads nothing any more.
import { equalityKey, paragraphKey, parseParagraphKey, type AlignInput, type AlignmentUnit } from '../align';
import { wordDiff, type Token } from '../word-diff';
import { paragraphRef } from './paragraph-ref';

export type SectionChangeKind = 'renamed' | 'added' | 'removed';
export const SECTION_CHANGE_KINDS: readonly SectionChangeKind[] = ['renamed', 'added', 'removed'];

/** A heading in one revision, with the keys of the paragraphs under it (none for a heading over sub-headings). */
export interface SectionRef {
  text: string;
  part: number;
  page: number | null;
  keys: string[];
}

export interface SectionChange {
  change: SectionChangeKind;
  old: SectionRef | null;
  new: SectionRef | null;
  /** Word diff of the heading texts; the whole text inserted or deleted for an added or removed heading. */
  tokens: Token[];
}

export interface SectionChanges {
  entries: SectionChange[];
  counts: Record<SectionChangeKind, number>;
}

/** What the comparison needs of a revision: its paragraphs and, when known, its headings in order. */
export interface SectionedText {
  paragraphs: readonly (Pick<AlignInput, 'label' | 'part'> & { heading?: string | null })[];
  /** All headings, those over no paragraph included; without them, the headings the paragraphs name. */
  headings?: readonly { text: string; part: number; page?: number | null }[];
}

interface Section extends SectionRef {
  id: string;
  index: number;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
// A heading keeps its identity through extraction noise (line-end hyphens, quote styles, a footnote marker).
const idOf = (part: number, text: string) => `${part}|${equalityKey(clean(text))}`;

/** A revision's headings in document order, each with its paragraphs. */
export function sectionsOf(text: SectionedText): SectionRef[] {
  return sectionList(text).map(({ text, part, page, keys }) => ({ text, part, page, keys }));
}

function sectionList(text: SectionedText): Section[] {
  // The headings the paragraphs name, in order of first use.
  const named: { id: string; text: string; part: number; keys: string[] }[] = [];
  const byId = new Map<string, (typeof named)[number]>();
  for (const p of text.paragraphs) {
    if (!p.heading || !clean(p.heading)) continue;
    const part = p.part ?? 0;
    const id = idOf(part, p.heading);
    let entry = byId.get(id);
    if (!entry) {
      entry = { id, text: clean(p.heading), part, keys: [] };
      byId.set(id, entry);
      named.push(entry);
    }
    entry.keys.push(paragraphKey(p));
  }
  // Merged with the heading list, which also holds headings over no paragraph (both are in document order).
  const out: Section[] = [];
  const seen = new Set<string>();
  const push = (id: string, textOf: string, part: number, page: number | null) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, text: textOf, part, page, keys: byId.get(id)?.keys ?? [], index: out.length });
  };
  let next = 0;
  for (const h of text.headings ?? []) {
    if (!clean(h.text)) continue;
    const id = idOf(h.part, h.text);
    const at = named.findIndex((n, i) => i >= next && n.id === id);
    if (at >= 0) {
      for (const n of named.slice(next, at)) push(n.id, n.text, n.part, null);
      next = at + 1;
    }
    push(id, clean(h.text), h.part, h.page ?? null);
  }
  for (const n of named.slice(next)) push(n.id, n.text, n.part, null);
  return out;
}

/** Renamed, added and removed headings from `older` to `newer`, given the paragraph alignment `units`. */
export function sectionChanges(units: readonly AlignmentUnit[], older: SectionedText, newer: SectionedText): SectionChanges {
  const oldSections = sectionList(older);
  const newSections = sectionList(newer);
  const oldIds = new Set(oldSections.map((s) => s.id));
  const newIds = new Set(newSections.map((s) => s.id));
  const sectionOfKey = (sections: Section[]) => new Map(sections.flatMap((s) => s.keys.map((key) => [key, s] as const)));
  const oldOf = sectionOfKey(oldSections);
  const newOf = sectionOfKey(newSections);

  // How many of each new section's paragraphs come from under each old section (a merged paragraph
  // counts once, shared among its sources), and how many of its paragraphs come from anywhere.
  const flow = new Map<Section, Map<Section, number>>();
  const aligned = new Map<Section, number>();
  for (const unit of units) {
    if (!unit.old.length || !unit.new.length) continue;
    for (const n of unit.new) {
      const to = newOf.get(n);
      if (!to) continue;
      aligned.set(to, (aligned.get(to) ?? 0) + 1);
      const row = flow.get(to) ?? new Map<Section, number>();
      flow.set(to, row);
      for (const o of unit.old) {
        const from = oldOf.get(o);
        if (from) row.set(from, (row.get(from) ?? 0) + 1 / unit.old.length);
      }
    }
  }

  // Only a heading text that left the older revision can have become one that is new in the newer.
  const renamedFrom = new Map<Section, Section>();
  const taken = new Set<Section>();
  const candidates: { from: Section; to: Section; weight: number }[] = [];
  for (const to of newSections) {
    if (oldIds.has(to.id)) continue;
    for (const [from, weight] of flow.get(to) ?? []) {
      if (newIds.has(from.id)) continue;
      // Mostly from there, and a fair share of both sections (one paragraph moved is no rename).
      if (weight > 0.5 * (aligned.get(to) ?? 0) && weight >= 0.5 * Math.min(to.keys.length, from.keys.length)) {
        candidates.push({ from, to, weight });
      }
    }
  }
  // A split or merged section is renamed once, from or into its largest share.
  candidates.sort((a, b) => b.weight - a.weight || a.to.index - b.to.index);
  for (const { from, to } of candidates) {
    if (renamedFrom.has(to) || taken.has(from)) continue;
    renamedFrom.set(to, from);
    taken.add(from);
  }

  // A heading over no paragraph (a part's title over its sub-headings) has no paragraphs to follow:
  // it corresponds when it sits in the same place, next to headings that correspond.
  const oldById = new Map(oldSections.map((s) => [s.id, s]));
  const counterpart = (to: Section | undefined): Section | null =>
    to ? (oldById.get(to.id) ?? renamedFrom.get(to) ?? null) : null;
  const open = (from: Section | undefined): from is Section => !!from && !newIds.has(from.id) && !taken.has(from) && from.keys.length === 0;
  const matchEmpty = (to: Section, from: Section | undefined) => {
    if (!open(from)) return false;
    renamedFrom.set(to, from);
    taken.add(from);
    return true;
  };
  const emptyNew = newSections.filter((s) => s.keys.length === 0 && !oldIds.has(s.id));
  for (const to of [...emptyNew].reverse()) {
    const after = counterpart(newSections[to.index + 1]);
    if (after) matchEmpty(to, oldSections[after.index - 1]);
  }
  for (const to of emptyNew) {
    if (renamedFrom.has(to)) continue;
    const before = counterpart(newSections[to.index - 1]);
    if (before) matchEmpty(to, oldSections[before.index + 1]);
  }

  // The newer text's order; a removed heading follows the new place of the heading before it.
  const sorted: { at: number; sub: number; entry: SectionChange }[] = [];
  for (const to of newSections) {
    if (oldIds.has(to.id)) continue;
    const from = renamedFrom.get(to);
    // The same words in another part (an annex renumbered by one inserted before it): not a change.
    if (from && equalityKey(clean(from.text)) === equalityKey(clean(to.text))) continue;
    const entry: SectionChange = from
      ? { change: 'renamed', old: refOf(from), new: refOf(to), tokens: wordDiff(from.text, to.text) }
      : { change: 'added', old: null, new: refOf(to), tokens: [{ kind: 'ins', text: to.text }] };
    sorted.push({ at: to.index, sub: 0, entry });
  }
  const newPlaceOf = new Map<Section, number>();
  for (const to of newSections) {
    const from = counterpart(to);
    if (from) newPlaceOf.set(from, to.index);
  }
  for (const from of oldSections) {
    if (newIds.has(from.id) || taken.has(from)) continue;
    let at = -1;
    for (let i = from.index - 1; i >= 0 && at < 0; i--) at = newPlaceOf.get(oldSections[i]!) ?? -1;
    sorted.push({ at, sub: 1 + from.index, entry: { change: 'removed', old: refOf(from), new: null, tokens: [{ kind: 'del', text: from.text }] } });
  }
  sorted.sort((a, b) => a.at - b.at || a.sub - b.sub);
  const entries = sorted.map((s) => s.entry);
  const counts = { renamed: 0, added: 0, removed: 0 };
  for (const entry of entries) counts[entry.change] += 1;
  return { entries, counts };
}

/** The rename of the heading a paragraph of the newer revision falls under, or null when it kept its text. */
export function sectionRenameOf(changes: SectionChanges, heading: string | null | undefined, part = 0): SectionChange | null {
  if (!heading) return null;
  const id = idOf(part, heading);
  return changes.entries.find((e) => e.change === 'renamed' && e.new && idOf(e.new.part, e.new.text) === id) ?? null;
}

function refOf({ text, part, page, keys }: Section): SectionRef {
  return { text, part, page, keys };
}

/**
 * Where a heading is, for a link and its words: its paragraphs ("¶¶40–43"; "from ¶40" when their
 * numbers do not run on) at the first of them, else the page the heading is on; null when neither is known.
 */
export function sectionPlace(section: SectionRef): { words: string; para: string | null; page: number | null } | null {
  const [first] = section.keys;
  if (first) {
    const { label, part } = parseParagraphKey(first);
    // Labels within the heading's part: "annex 1 ¶¶1–4", not the part named for each.
    const labels = section.keys.map((key) => parseParagraphKey(key).label);
    const ref = paragraphRef(labels);
    const words = (part > 0 ? `annex ${part} ` : '') + (labels.length > 2 && ref.includes(',') ? `from ${paragraphRef([label])}` : ref);
    // The viewer finds main-text labels; an annex paragraph is reached by its page.
    return { words, para: part === 0 ? label : null, page: part === 0 ? null : section.page };
  }
  return section.page ? { words: `p. ${section.page}`, para: null, page: section.page } : null;
}

/** The card's line for a paragraph whose heading was renamed: "Section renamed: Bridging digital divides → Closing all digital divides". */
export function sectionRenameNote(changes: SectionChanges, paragraph: { heading?: string | null; part?: number }): string | null {
  const renamed = sectionRenameOf(changes, paragraph.heading, paragraph.part ?? 0);
  return renamed?.old && renamed.new ? `Section renamed: ${renamed.old.text} → ${renamed.new.text}` : null;
}

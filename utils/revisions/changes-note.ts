// The compare view's list as a reader's note (what readers write by hand after each revision, see the
// EuroDIG note in shared/seeds): plain text for mail and chat, and HTML for Word and rich editors, where
// deletions show struck through and insertions underlined. Grouped under the sections of the text, in
// its order; only what the compare view shows. The HTML is built from escaped text only: it carries the
// PDFs' words to another program, never into a page of ours.
import { paragraphKey } from '../align/types';
import { saidAbout, type PositionMatch } from '../positions/lookup';
import { STANCE_NAMES } from '../positions/own-position';
import { safeHttpUrl } from '../positions/safe-url';
import { diffHtml, editWords, escapeHtml as escape, joinedRuns, linkHtml, quote } from './note-words';
import type { ParagraphChange } from './paragraph-change';
import { paragraphRef } from './paragraph-ref';
import type { RevisionText } from './revision-text';
import type { SectionChange, SectionChangeKind } from './section-changes';

export interface ChangesNoteInput {
  older: RevisionText;
  newer: RevisionText;
  /** As the compare view names them ("Rev.1", "Rev.2 (tracked changes)"). */
  oldName: string;
  newName: string;
  /** Every paragraph change, in the newer text's order (a deletion is put in the section it stood in). */
  changes: readonly ParagraphChange[];
  /** The section heading changes. */
  sections: readonly SectionChange[];
  /** The stakeholder positions on each change (positionsOnChanges), listed under it. */
  positions?: readonly (readonly PositionMatch[])[];
  /** What the compare view shows (its filters): nothing else goes in the note. `change`: by index in `changes`. */
  shown: { change(index: number): boolean; section(kind: SectionChangeKind): boolean };
}

export interface ChangesNote {
  text: string;
  html: string;
}

const SECTION_WORDS: Record<SectionChangeKind, string> = { renamed: 'Renamed', added: 'New heading', removed: 'Heading removed' };

export function changesNote({ older, newer, oldName, newName, changes, sections: allSections, positions = [], shown }: ChangesNoteInput): ChangesNote {
  const sections = allSections.filter((section) => shown.section(section.change));
  const text: string[] = [`Changes from ${oldName} to ${newName}`, `${oldName}: ${older.url}`, `${newName}: ${newer.url}`, ''];
  const html: string[] = [`<h2>${escape(`Changes from ${oldName} to ${newName}`)}</h2>`, `<p>${escape(`${oldName}: `)}${linkHtml(older.url, older.url)}<br>${escape(`${newName}: `)}${linkHtml(newer.url, newer.url)}</p>`];

  if (sections.length > 0) {
    text.push('Sections');
    html.push('<h3>Sections</h3>', '<ul>');
    for (const section of sections) {
      const words = sectionWords(section);
      text.push(`- ${words}`);
      html.push(`<li>${escape(words)}</li>`);
    }
    text.push('');
    html.push('</ul>');
  }

  const headings = sectionsOf(changes, older, newer, allSections);
  let group: string | null = null;
  changes.forEach((change, i) => {
    if (!shown.change(i)) return;
    const heading = headings[i];
    if (heading && heading.id !== group) {
      group = heading.id;
      text.push('', heading.text);
      html.push(`<h3>${escape(heading.text)}</h3>`);
    }
    const title = changeTitle(change, oldName);
    const edits = editsOf(change);
    text.push(`- ${title}${edits ? `: ${edits}` : ''}`);
    html.push(`<p><b>${escape(title)}</b></p>`);
    if (change.tokens.length > 0) html.push(`<p>${diffHtml(change.tokens)}</p>`);
    const said = positions[i] ?? [];
    if (said.length > 0) html.push('<ul>');
    for (const match of said) {
      const source = safeHttpUrl(match.position.sourceUrl);
      text.push(`  · ${positionWords(match)}${source ? `: ${source}` : ''}`);
      html.push(`<li>${linkHtml(match.position.stakeholder, source)}${escape(positionWords(match).slice(match.position.stakeholder.length))}</li>`);
    }
    if (said.length > 0) html.push('</ul>');
  });
  return { text: `${text.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`, html: html.join('\n') };
}

/** "¶11 (was ¶10), modified", "¶44, added", "Rev.1 ¶17, deleted", "¶¶40–41 (was ¶38), split". */
function changeTitle(change: ParagraphChange, oldName: string): string {
  const newRef = paragraphRef(change.newKeys);
  const oldRef = paragraphRef(change.oldKeys);
  if (!newRef) return `${oldName} ${oldRef}, ${change.change}`;
  if (!oldRef || oldRef === newRef) return `${newRef}, ${change.change}`;
  return `${newRef} (was ${oldRef}), ${change.change}`;
}

/** "TCCM, supports (said about Rev.1 ¶96)": the stakeholder first. */
function positionWords(match: PositionMatch): string {
  const about = saidAbout(match);
  return `${match.position.stakeholder}, ${STANCE_NAMES[match.position.stance].toLowerCase()}${about ? ` (${about})` : ''}`;
}

/** The words changed: the whole paragraph when added or deleted, else each edit. */
function editsOf(change: ParagraphChange): string {
  if (change.change === 'added') return quote(joinedRuns(change.tokens, 'ins'));
  if (change.change === 'deleted') return quote(joinedRuns(change.tokens, 'del'));
  return editWords(change.tokens);
}

function sectionWords(section: SectionChange): string {
  const oldText = section.old?.text ?? '';
  const newText = section.new?.text ?? '';
  if (section.change === 'renamed') return `${SECTION_WORDS.renamed}: ${quote(oldText)} → ${quote(newText)}`;
  return `${SECTION_WORDS[section.change]}: ${quote(newText || oldText)}`;
}

interface Section {
  id: string;
  text: string;
}

/**
 * The section each change stands in: its paragraph's heading in the newer text; for a deleted paragraph,
 * the heading it stood under, by its new name when that section was renamed.
 */
function sectionsOf(changes: readonly ParagraphChange[], older: RevisionText, newer: RevisionText, sections: readonly SectionChange[]): (Section | null)[] {
  // Preambular paragraphs stand under no heading: the note calls their group what readers do.
  const headings = (text: RevisionText) =>
    new Map(text.paragraphs.map((p) => [paragraphKey(p), p.heading ? section(p.part, p.heading) : p.kind === 'preambular' ? section(p.part, 'Preamble') : null]));
  const [oldHeadings, newHeadings] = [headings(older), headings(newer)];
  const renamed = new Map<string, Section>();
  for (const { change, old, new: now } of sections) if (change === 'renamed' && old && now) renamed.set(section(old.part, old.text).id, section(now.part, now.text));
  return changes.map((change) => {
    const newKey = change.newKeys[0];
    if (newKey !== undefined) return newHeadings.get(newKey) ?? null;
    const stood = oldHeadings.get(change.oldKeys[0] ?? '') ?? null;
    return stood && (renamed.get(stood.id) ?? stood);
  });
}

function section(part: number, text: string): Section {
  return { id: `${part}:${text}`, text };
}

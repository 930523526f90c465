// What a line opens with: a paragraph number ("12.", "12 ." or, in some drafts, a bare "26 Condemns"),
// one inserted in negotiation without renumbering ("12 bis.", "12ter."), a label as working drafts
// print it ("OP12.", "PP3"), a printed letter ("A. Recalling"), or a sub-paragraph marker ("(a)",
// "(iv)", "a)").
import { explicitLabel } from './explicit-label';
import { INSERTED_SUFFIXES } from './inserted-paragraph';
import type { PdfLine } from './lines';

export interface LineLabel {
  label: string;
  /** Numeric value for numbers; null for letters. */
  n: number | null;
  /** "bis", "ter" …: a paragraph inserted after paragraph n (its label is "12bis"). */
  suffix: string | null;
  hasDot: boolean;
  /** The line's text after the label. */
  rest: string;
  /** Where the text after the label starts (the text indent). */
  textX: number;
  /** Right edge of the label itself. */
  labelRight: number;
}

/** Capitalised words after a number that make it a quantity or date, not a paragraph number. */
const NOT_AFTER_BARE_NUMBER = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'member', 'members', 'states', 'countries', 'sustainable', 'goals', 'sdgs', 'years', 'per', 'million',
  'billion', 'percent', 'parties', 'june', 'countries',
]);

/** Letters of scripts without case that open paragraphs: Arabic, CJK ideographs (explicit ranges: \p{Lo} compiles to a large table). */
const UNCASED = '\u0600-\u06FF\u3400-\u9FFF';
// Text opens with a capital, or a letter of a script without case (Chinese "12. 重申").
const DOTTED = new RegExp(String.raw`^(\d{1,3})(?:\s?(${INSERTED_SUFFIXES}))?\s?\.(?:\s+|$|(?=[\p{Lu}${UNCASED}“"‘(]))(.*)$`, 'u');
const OPENS_PARAGRAPH = new RegExp(`^(?:[\\p{Lu}${UNCASED}“"‘'(\\[]|$)`, 'u');
const BARE = /^(\d{1,3})\s+([\p{Lu}“"‘][\p{L}’'-]*)(.*)$/u;
const LETTERED = /^([A-Z])\.\s+(.+)$/;
/** "(a)", "(iv)"; "a)", "iv)" in the French and Spanish versions. */
const SUB_PARAGRAPH = /^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6})\)|(?:[a-z]|[ivxlc]{1,6})\))(?:\s|$)/;

/** The x where the character at `offset` starts (or, with `end`, where the one before it ends). */
function xAt(line: PdfLine, offset: number, end = false): number {
  const at = end ? offset - 1 : offset;
  for (const run of line.runs) {
    if (at < run.start) return run.x;
    const len = Math.max(1, run.text.length);
    if (at < run.start + run.text.length) return run.x + ((at - run.start + (end ? 1 : 0)) / len) * (run.right - run.x);
  }
  return line.right;
}

export function numberLabel(line: PdfLine): LineLabel | null {
  const text = line.text;
  const explicit = explicitLineLabel(line);
  if (explicit) return explicit.kind === 'operative' ? explicit : null;
  const dotted = DOTTED.exec(text);
  // Paragraph text opens with a capital, a quote or a bracket: "3. of them" is a sentence's end and start.
  if (dotted && OPENS_PARAGRAPH.test(dotted[3]!)) {
    const rest = dotted[3]!;
    const restStart = text.length - rest.length;
    const labelEnd = text.indexOf('.') + 1;
    const n = Number(dotted[1]);
    const suffix = dotted[2] ?? null;
    return { label: `${n}${suffix ?? ''}`, n, suffix, hasDot: true, rest, textX: xAt(line, restStart), labelRight: xAt(line, labelEnd, true) };
  }
  const bare = BARE.exec(text);
  if (!bare || NOT_AFTER_BARE_NUMBER.has(bare[2]!.toLowerCase())) return null;
  const rest = text.slice(bare[1]!.length).trimStart();
  const restStart = text.length - rest.length;
  const labelRight = xAt(line, bare[1]!.length, true);
  const textX = xAt(line, restStart);
  // A bare number is a label only when a tab-like gap follows it, not a word space ("16 December").
  // Printed in one run with the text, only a tab or several spaces say so.
  const run = line.runs[0]!;
  if (run.text.length > bare[1]!.length && !/^\d+(?:\t|\s{2,})/.test(run.text)) return null;
  if (textX - labelRight < 0.45 * line.size) return null;
  return { label: String(Number(bare[1])), n: Number(bare[1]), suffix: null, hasDot: false, rest, textX, labelRight };
}

/** "PP3 Recalling …" as printed in working drafts (see ./explicit-label). */
export function preambleLabel(line: PdfLine): LineLabel | null {
  const explicit = explicitLineLabel(line);
  return explicit?.kind === 'preambular' ? explicit : null;
}

function explicitLineLabel(line: PdfLine): (LineLabel & { kind: 'preambular' | 'operative' }) | null {
  const text = line.text;
  const explicit = explicitLabel(text);
  if (!explicit) return null;
  const { kind, number, suffix, label, rest } = explicit;
  const restStart = text.length - rest.length;
  const labelEnd = text.slice(0, restStart).trimEnd().length;
  return { kind, label, n: number, suffix, hasDot: /[.:]$/.test(text.slice(0, labelEnd)), rest, textX: xAt(line, restStart), labelRight: xAt(line, labelEnd, true) };
}

export function letterLabel(line: PdfLine): LineLabel | null {
  const m = LETTERED.exec(line.text);
  if (!m) return null;
  const rest = m[2]!;
  return { label: m[1]!, n: null, suffix: null, hasDot: true, rest, textX: xAt(line, line.text.length - rest.length), labelRight: xAt(line, 2, true) };
}

export function isSubParagraph(text: string): boolean {
  return SUB_PARAGRAPH.test(text);
}

// Working drafts and compilation texts print the labels readers otherwise only say: "PP3 Recalling …",
// "OP12. Decides …", "OP 12 bis. Invites …". Both readers take such a label as printed: PP3 is the
// third preambular paragraph, OP12 is paragraph 12 (labelled "12", as it is cited and linked).
import { INSERTED_SUFFIXES } from './inserted-paragraph';

export interface ExplicitLabel {
  kind: 'preambular' | 'operative';
  number: number;
  /** "bis", "ter" …: inserted after `number`. */
  suffix: string | null;
  /** "PP3", "12", "12bis". */
  label: string;
  /** The text after the label. */
  rest: string;
}

/** Upper case only ("op. cit." is no label); the text after it opens as a paragraph does, with a capital. */
const EXPLICIT = new RegExp(String.raw`^(PP|OP)\s?(\d{1,3})(?:\s?(${INSERTED_SUFFIXES}))?\s?[.:]?\s+(?=[\p{Lu}“"‘(\[])([\s\S]*)$`, 'u');

export function explicitLabel(text: string): ExplicitLabel | null {
  // Most text opens otherwise: no regular expression for it.
  if (!text.startsWith('PP') && !text.startsWith('OP')) return null;
  const m = EXPLICIT.exec(text);
  if (!m) return null;
  const kind = m[1] === 'PP' ? 'preambular' : 'operative';
  const number = Number(m[2]);
  const suffix = m[3] ?? null;
  return { kind, number, suffix, label: `${kind === 'preambular' ? 'PP' : ''}${number}${suffix ?? ''}`, rest: m[4] ?? '' };
}

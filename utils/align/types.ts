// The alignment vocabulary shared by the aligner, the CLI, the bench and the extension.
import type { Paragraph } from '../paragraphs/model';

export type ChangeKind = 'unchanged' | 'modified' | 'added' | 'deleted' | 'moved' | 'split' | 'merged';

/**
 * One step of a paragraph's identity from one revision to the next (see DESIGN.md, "Identity of a
 * paragraph"). `old`/`new` hold paragraph keys (see `paragraphKey`), in document order.
 */
export interface AlignmentUnit {
  old: string[];
  new: string[];
  change: ChangeKind;
  /** 0..1: 1 for identical text, 0 for added and deleted paragraphs. */
  similarity: number;
}

/** What the aligner needs of a paragraph; anchors, pages and the rest stay with the caller. */
export type AlignInput = Pick<Paragraph, 'label' | 'text'> & {
  part?: number;
  heading?: string | null;
  kind?: Paragraph['kind'] | string;
};

/**
 * The key a unit uses for a paragraph: its label in the main text, "A1:3" for paragraph 3 of the
 * first annex (annexes restart the numbering, so a bare label would be ambiguous there).
 */
export function paragraphKey(p: Pick<AlignInput, 'label' | 'part'>): string {
  return p.part && p.part > 0 ? `A${p.part}:${p.label}` : p.label;
}

/** The inverse of `paragraphKey`: "A1:3" → label "3" of part 1, "98" → label "98" of the main text. */
export function parseParagraphKey(key: string): { label: string; part: number } {
  const annex = /^A(\d+):(.+)$/.exec(key);
  return annex ? { label: annex[2]!, part: Number(annex[1]) } : { label: key, part: 0 };
}

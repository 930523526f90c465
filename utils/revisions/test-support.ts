// For tests only: a revision pair with known ground truth (tests/fixtures/revisions, made by
// scripts/fixtures/make-revision-pairs.mts) as Rev.1 and Rev.2 texts.
import { readFileSync } from 'node:fs';
import type { AlignmentUnit } from '../align';
import type { RevisionText } from './revision-text';

export interface RevisionPair {
  rev1: RevisionText;
  rev2: RevisionText;
  truth: AlignmentUnit[];
  /** The text of paragraph `key` of a revision. */
  textOf(revision: RevisionText, key: string): string;
}

const doc = { family: 'wsis20-outcome', variant: 'clean', symbol: null, date: null, title: null } as const;

export function revisionPair(name: 'small-mixed' | 'medium-mixed' | 'heavy-edits' | 'noise-only' | 'full-150'): RevisionPair {
  const pair = JSON.parse(readFileSync(`tests/fixtures/revisions/${name}.json`, 'utf8')) as {
    old: RevisionText['paragraphs'];
    new: RevisionText['paragraphs'];
    truth: AlignmentUnit[];
  };
  return {
    rev1: { hash: `${name}-1`, url: `https://publicadministration.desa.un.org/${name}/rev1.pdf`, documentId: { ...doc, revision: 'rev1' }, paragraphs: pair.old },
    rev2: { hash: `${name}-2`, url: `https://publicadministration.desa.un.org/${name}/rev2.pdf`, documentId: { ...doc, revision: 'rev2' }, paragraphs: pair.new },
    truth: pair.truth,
    textOf: (revision, key) => revision.paragraphs.find((p) => p.label === key)!.text,
  };
}

type TestParagraph = RevisionText['paragraphs'][number];

/** A paragraph of the main text; preambular when its label says so ("PP3"). */
export function paragraph(label: string, text: string, heading: string | null = null): TestParagraph {
  return { label, text, part: 0, kind: label.startsWith('PP') ? 'preambular' : 'operative', heading };
}

/** A WSIS+20 revision's text: hashed by its name, its file at `url`. */
export function revisionText(revision: string, paragraphs: readonly TestParagraph[], url = `https://docs.un.org/${revision}.pdf`): RevisionText {
  return { hash: revision, url, documentId: { ...doc, revision }, paragraphs };
}

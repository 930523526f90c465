// Aligning two revisions costs a few milliseconds; the card, the positions and the watch list ask for
// the same pair again and again, so the units are kept per pair of hashes (a few pairs at most).
import { alignParagraphs, type AlignmentUnit } from '../align';
import type { RevisionText } from './revision-text';

const KEEP = 8;
const cache = new Map<string, AlignmentUnit[]>();

export function alignRevisions(older: RevisionText, newer: RevisionText): AlignmentUnit[] {
  const key = `${older.hash}>${newer.hash}`;
  const known = cache.get(key);
  if (known) return known;
  const units = alignParagraphs(older.paragraphs, newer.paragraphs);
  cache.set(key, units);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return units;
}

// How the viewer names a paragraph. Annexes restart the numbering, so a bare label is unique only
// within its part: the viewer keys paragraphs with the aligner's `paragraphKey` ("98" in the main text,
// "A1:3" for paragraph 3 of the first annex), in badges (`data-wsis-para`), the index, navigation and
// `#para=` links.
import { paragraphKey } from '@/utils/align';
import type { Paragraph } from '@/utils/paragraphs/model';
import { normalizeLabel, parseTargetFragment } from '@/utils/viewer-url';

export { paragraphKey };

/** "Annex" for the first annex, "Annex 2" for the second, … */
export function annexName(part: number): string {
  return part > 1 ? `Annex ${part}` : 'Annex';
}

/** What a screen reader says for a badge: "Paragraph 12", "Annex paragraph 3". */
export function paragraphName(paragraph: Pick<Paragraph, 'label' | 'part'>): string {
  return paragraph.part > 0 ? `${annexName(paragraph.part)} paragraph ${paragraph.label}` : `Paragraph ${paragraph.label}`;
}

const ANNEX_KEY = /^A\s*(\d{1,2})\s*:\s*((?:PP\s*)?[0-9]{1,4}(?:\s*(?:bis|ter|[a-z]))?)$/i;

/** "A1:3", "a1:pp2" → the canonical key ("A1:3", "A1:PP2"); anything else → null. */
export function normalizeAnnexKey(raw: string): string | null {
  const match = ANNEX_KEY.exec(raw.trim());
  if (!match) return null;
  const part = Number(match[1]);
  return part >= 1 ? `A${part}:${normalizeLabel(match[2] ?? '')}` : null;
}

/** `#para=98`, `#para=PP3` and the annex form `#para=A1:3` (also percent-encoded). */
export function parseParaFragment(hash: string): string | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get('para') ?? '';
  return normalizeAnnexKey(raw) ?? parseTargetFragment(hash).para;
}

/**
 * The paragraph an address asks for: the viewer's own fragment, else one carried inside an encoded
 * `file=` address (as `parseViewerUrl` reads them, with annex keys accepted too).
 */
export function paraFromAddress(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const own = parseParaFragment(url.hash);
  if (own) return own;
  let query = url.search;
  try {
    query = decodeURIComponent(query);
  } catch {
    // keep it as it is
  }
  const at = query.indexOf('#');
  return at >= 0 ? parseParaFragment(query.slice(at)) : null;
}

// Overlay → background: the page's text runs that may cite paragraphs; the background answers where
// each reference points (the reference parser and the revision addresses stay out of the overlay).
// Keep this file free of heavy imports: the overlay carries it.

export interface PageReferencesRequest {
  type: 'wsis-lens/page-references';
  pageUrl: string;
  /** The page's title and main heading: where a page says which revision it is about. */
  pageTitle: string;
  texts: string[];
}

export interface PageReference {
  /** Index in the request's texts, and offsets in that text. */
  text: number;
  start: number;
  end: number;
  /** "¶98 of Rev.2" */
  name: string;
  /** The viewer at the paragraph. */
  href: string;
}

export interface PageReferences {
  references: PageReference[];
}

export const MAX_TEXTS = 300;
const MAX_TEXT_LENGTH = 4_000;
/** Cheap test for a text run worth sending: a paragraph keyword or code next to a number. */
export const MAY_CITE = /(?:\bpara(?:graph)?s?\.?|¶|\bOP|\bPP|\bop\.)\s*\d/i;

export function isPageReferencesRequest(value: unknown): value is PageReferencesRequest {
  const m = value as Partial<PageReferencesRequest> | null;
  return (
    typeof m === 'object' && m !== null && m.type === 'wsis-lens/page-references' &&
    typeof m.pageUrl === 'string' && m.pageUrl.length < 2_000 &&
    typeof m.pageTitle === 'string' && m.pageTitle.length < 2_000 &&
    Array.isArray(m.texts) && m.texts.length <= MAX_TEXTS &&
    m.texts.every((text) => typeof text === 'string' && text.length <= MAX_TEXT_LENGTH)
  );
}

/** The answer, checked against the request it answers (offsets inside its texts, viewer links only). */
export function isPageReferences(value: unknown, texts: readonly string[], viewerPage: string): value is PageReferences {
  const a = value as Partial<PageReferences> | null;
  return (
    typeof a === 'object' && a !== null && Array.isArray(a.references) &&
    a.references.every((r) => {
      const text = texts[r?.text];
      return text !== undefined && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= text.length &&
        typeof r.name === 'string' && typeof r.href === 'string' && r.href.startsWith(`${viewerPage}?`);
    })
  );
}

// What a URL or a document is, as detection reports it. Unknown values are null.

export type Family = 'wsis20-outcome';

/** Known revisions in order; a later unknown revision is reported as `rev<N>` or by its symbol. */
export type Revision =
  | 'elements-paper'
  | 'zero-draft'
  | 'rev1'
  | 'rev2'
  | 'rev3'
  | 'rev4'
  | 'L.41'
  | 'final'
  | (string & {});

export type Variant = 'clean' | 'tracked' | 'stakeholder-input' | 'page';

export interface DocumentId {
  family: Family | null;
  revision: Revision | null;
  variant: Variant | null;
  /** UN document symbol, e.g. "A/80/L.41", "A/RES/80/173". */
  symbol: string | null;
  /** ISO date (YYYY-MM-DD) of the revision, when known. */
  date: string | null;
  title: string | null;
}

const FAMILIES: readonly string[] = ['wsis20-outcome'] satisfies Family[];
const VARIANTS: readonly string[] = ['clean', 'tracked', 'stakeholder-input', 'page'] satisfies Variant[];
/** Known revisions, "rev<N>", or a symbol such as "A/80/L.41". */
const REVISION = /^[A-Za-z0-9./-]{1,40}$/;

export const isFamily = (value: unknown): value is Family => typeof value === 'string' && FAMILIES.includes(value);
export const isVariant = (value: unknown): value is Variant => typeof value === 'string' && VARIANTS.includes(value);
export const isRevisionName = (value: unknown): value is Revision => typeof value === 'string' && REVISION.test(value);

const isTextOrNull = (value: unknown, max: number) => value === null || (typeof value === 'string' && value.length <= max);

/** A DocumentId received from another context (a message): every field checked. */
export function isDocumentId(value: unknown): value is DocumentId {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<keyof DocumentId, unknown>;
  return (
    (d.family === null || isFamily(d.family)) &&
    (d.revision === null || isRevisionName(d.revision)) &&
    (d.variant === null || isVariant(d.variant)) &&
    isTextOrNull(d.symbol, 100) &&
    isTextOrNull(d.date, 10) &&
    isTextOrNull(d.title, 1000)
  );
}

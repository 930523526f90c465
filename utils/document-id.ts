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

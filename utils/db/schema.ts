// The shape of the `wsis-lens` IndexedDB database at the current schema version. Earlier shapes
// exist only as the steps of the upgrade ladder (upgrade-ladder.ts) that turn them into this one.

import type { DBSchema } from 'idb';
import type { DocumentId, Family, Revision } from '../document-id';
import type { Heading, Paragraph, PdfBox } from '../paragraphs/model';
import type { Position, PositionOrigin } from '../positions/model';

export const DB_NAME = 'wsis-lens';

/** A paragraph as cached: PDF boxes survive structured cloning, DOM elements do not, so HTML anchors are stored as null. */
export type StoredParagraph = Paragraph<PdfBox | null>;
export type StoredHeading = Heading<PdfBox | null>;

/** One revision's segmented text, cached so it is not fetched and parsed again. */
export interface CachedRevision {
  /** SHA-256 (hex) of the PDF/HTML bytes: the same bytes from another URL are the same revision. */
  hash: string;
  url: string;
  documentId: DocumentId;
  paragraphs: StoredParagraph[];
  headings: StoredHeading[];
  /** ISO 8601 timestamp. */
  indexedAt: string;
}

/**
 * Where a watched paragraph was found in the latest revision looked at. `label` is null when the
 * paragraph was removed. The statuses are what the watch list shows; alignment decides them.
 */
export interface WatchSighting {
  revision: Revision;
  label: string | null;
  status: WatchStatus;
}
export const WATCH_STATUSES = ['unchanged', 'changed', 'removed'] as const;
export type WatchStatus = (typeof WATCH_STATUSES)[number];

/** A paragraph the reader follows across revisions. Stored where it was made, with its text then. */
export interface Watch {
  id: string;
  family: Family;
  /** The revision the reader was reading when they started watching. */
  revision: Revision;
  label: string;
  /** The paragraph's text in `revision`, so a change can be shown even if that revision is gone. */
  text: string;
  /** The reader's own note; empty when none. */
  note: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  /** The latest revision whose change the reader has seen; changes after it are "new". */
  acknowledgedRevision: Revision;
  lastSeen: WatchSighting | null;
}

/** A pack of positions the reader subscribed to; its positions are stored with origin `pack:<url>`. */
export interface PackSubscription {
  url: string;
  name: string;
  /** ISO 8601 timestamp of the last successful fetch, or null before the first. */
  lastFetched: string | null;
  /** HTTP ETag of the last fetch, for a conditional request next time. */
  etag: string | null;
  /** How many positions the last fetch stored. */
  count: number;
}

/** What a setting may hold: anything JSON can say. */
export type SettingValue = string | number | boolean | null | SettingValue[] | { [key: string]: SettingValue };

export interface WsisLensDb extends DBSchema {
  revisions: {
    key: string;
    value: CachedRevision;
    indexes: { 'by-url': string; 'by-family-revision': [Family, Revision] };
  };
  settings: {
    key: string;
    value: SettingValue;
  };
  watches: {
    key: string;
    value: Watch;
    indexes: { 'by-family': Family; 'by-paragraph': [Family, Revision, string] };
  };
  positions: {
    // [origin, id]: ids are unique only within a pack, so two packs may reuse one.
    key: [PositionOrigin, string];
    value: Position;
    indexes: { 'by-family-revision': [Family, Revision]; 'by-origin': PositionOrigin };
  };
  packs: {
    key: string;
    value: PackSubscription;
  };
}

export type StoreName = 'revisions' | 'settings' | 'watches' | 'positions' | 'packs';

/** For the reader's own data: the write must reach the disk before the transaction reports success. */
export const STRICT = { durability: 'strict' } as const;

// Content script → background: which paragraphs of a document have stakeholder positions, for the
// small mark on their badges. Positions and alignment stay in the background; this file is all the
// content script carries of the exchange (keep it free of heavy imports).
import { isRevisionName } from '../document-id';

export interface PositionLabelsRequest {
  type: 'wsis-lens/position-labels';
  family: 'wsis20-outcome';
  revision: string;
}

export interface PositionLabels {
  labels: string[];
}

const MAX_LABELS = 5_000;

/** The request for a document, or null when it is not a known revision of a family. */
export function positionLabelsRequest(id: { family: string | null; revision: string | null } | null): PositionLabelsRequest | null {
  if (id?.family !== 'wsis20-outcome' || !isRevisionName(id.revision)) return null;
  return { type: 'wsis-lens/position-labels', family: id.family, revision: id.revision };
}

export function isPositionLabelsRequest(value: unknown): value is PositionLabelsRequest {
  const m = value as Partial<PositionLabelsRequest> | null;
  return typeof m === 'object' && m !== null && m.type === 'wsis-lens/position-labels' && m.family === 'wsis20-outcome' && isRevisionName(m.revision);
}

export function isPositionLabels(value: unknown): value is PositionLabels {
  const a = value as Partial<PositionLabels> | null;
  return typeof a === 'object' && a !== null && Array.isArray(a.labels) && a.labels.length <= MAX_LABELS && a.labels.every((label) => typeof label === 'string' && label.length <= 20);
}

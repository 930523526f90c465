// A reader's name for what detection found, for the page indicator ("WSIS+20 Rev.2 page").
import { revisionName } from '../catalog';
import type { DocumentId } from '../document-id';

export function describeDocument(id: DocumentId): string {
  const family = 'WSIS+20';
  if (!id.revision) {
    // The DESA pages of the review itself, or a WSIS page detection could not place.
    return id.variant === 'page' || !id.family ? `${family} review page` : `${family} document`;
  }
  const revision = `${family} ${revisionName(id.revision, id.family ?? undefined)}`;
  switch (id.variant) {
    case 'tracked':
      return `${revision}, tracked changes`;
    case 'stakeholder-input':
      return `Input on ${revision}`;
    case 'page':
      return `${revision} page`;
    default:
      return revision;
  }
}

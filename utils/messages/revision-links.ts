// Content script → background: the revision files a WSIS page links to, so the viewer can fetch a
// previous revision the catalog has no address for (Rev.1's DESA file, later revisions).
import { isUnHost } from '../detect';
import type { RevisionLink } from '../revisions/revision-store';

export interface RevisionLinksMessage {
  type: 'wsis-lens/revision-links';
  links: RevisionLink[];
}

const MAX_LINKS = 100;

export function isRevisionLinksMessage(value: unknown): value is RevisionLinksMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<RevisionLinksMessage>;
  return (
    message.type === 'wsis-lens/revision-links' &&
    Array.isArray(message.links) &&
    message.links.length <= MAX_LINKS &&
    message.links.every(isRevisionLink)
  );
}

function isRevisionLink(value: unknown): value is RevisionLink {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Partial<RevisionLink>;
  return (
    link.family === 'wsis20-outcome' &&
    typeof link.revision === 'string' &&
    /^[A-Za-z0-9./-]{1,40}$/.test(link.revision) &&
    (link.variant === 'clean' || link.variant === 'tracked') &&
    typeof link.url === 'string' &&
    link.url.length < 2000 &&
    link.url.startsWith('https://') &&
    isUnHost(link.url)
  );
}

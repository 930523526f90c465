// The cheap part of detection, for the content script on every UN page: is this a WSIS page at all?
// Kept apart from ../detect (revisions, symbols, dates, the catalog) so the content script carries only this.
import { safeDecode } from '../safe-decode';

const UN_HOSTS = new Set(['publicadministration.desa.un.org', 'docs.un.org', 'documents.un.org']);
export const DESA_HOST = 'publicadministration.desa.un.org';

/** Separators that stand between words in DESA file names: space, underscore, '+', '-'. */
export const SEP = '[\\s_+\\-]*';
export const WSIS20 = new RegExp(`wsis${SEP}\\+?${SEP}20(?!\\d)`, 'i');
export const WSIS_SECTION = /^\/wsis\s*\+?\s*20(?:\/|$)/i;
export const WSIS_SUMMIT = /world\s+summit\s+on\s+the\s+information\s+society/i;

/** https on one of the UN hosts the extension works on. */
export function isUnHost(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === 'https:' && UN_HOSTS.has(parsed.hostname);
}

/** Cheap check for the content script: the DESA /wsis20 section, or page text naming the WSIS+20 review. */
export function isWsisPage(url: string, pageText?: string | null): boolean {
  const parsed = parseUrl(url);
  if (parsed && isUnHost(url) && parsed.hostname === DESA_HOST && WSIS_SECTION.test(safeDecode(parsed.pathname))) {
    return true;
  }
  if (!pageText) return false;
  const head = pageText.slice(0, 2000);
  return WSIS20.test(head) || (WSIS_SUMMIT.test(head) && /\breview\b/i.test(head));
}

/** A URL object for an absolute address; null for anything else (or absurdly long input). */
export function parseUrl(url: string): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

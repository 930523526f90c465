// The viewer's address: which PDF (`?file=`), and where to go in it (`#para=98`, `#page=3`).
// Pure, so the same rules serve the viewer, the card's links and the tests.
import { INSERTED_SUFFIXES } from './paragraphs/inserted-paragraph';
import { safeDecode } from './safe-decode';

export interface ViewerTarget {
  /** A paragraph label to scroll to once it is indexed ("98", "PP3"). */
  para: string | null;
  /** A 1-based page to scroll to. */
  page: number | null;
}

export interface ViewerAddress extends ViewerTarget {
  /** The original PDF address, without fragment; null when missing or not http(s). */
  file: string | null;
}

/**
 * Reads viewer.html?file=… . The redirect rule splices the original address in unencoded (its own
 * `&l=en&t=pdf` included), so everything after `file=` is the address; links made by
 * {@link viewerUrlFor} encode it, and both forms are accepted.
 */
export function parseViewerUrl(href: string): ViewerAddress {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { file: null, para: null, page: null };
  }
  const query = url.search.replace(/^\?/, '');
  const at = query.startsWith('file=') ? 0 : query.indexOf('&file=') + 1;
  let file: string | null = null;
  let fileFragment = '';
  if (query.length > 0 && (at > 0 || query.startsWith('file='))) {
    let raw = query.slice(at + 'file='.length);
    if (/^https?%3A/i.test(raw)) raw = safeDecode(raw);
    const hashAt = raw.indexOf('#');
    if (hashAt >= 0) {
      fileFragment = raw.slice(hashAt);
      raw = raw.slice(0, hashAt);
    }
    file = isHttpUrl(raw) ? raw : null;
  }
  // The viewer's own fragment wins (it is where Chromium puts the original's after a redirect).
  const own = parseTargetFragment(url.hash);
  const carried = parseTargetFragment(fileFragment);
  return { file, para: own.para ?? carried.para, page: own.page ?? carried.page };
}

/** A paragraph label in a link: "98", "PP3", "12bis" (or "12 bis"), "12a". */
const PARA_LABEL = new RegExp(String.raw`^(?:PP\s*)?[0-9]{1,4}(?:\s*(?:${INSERTED_SUFFIXES}|[a-z]))?$`, 'i');

/** `#para=98`, `#page=3`, `#page=3&zoom=100` (PDF open parameters), `#para=PP3`. */
export function parseTargetFragment(hash: string): ViewerTarget {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const rawPara = params.get('para')?.trim() ?? '';
  const para = PARA_LABEL.test(rawPara) ? normalizeLabel(rawPara) : null;
  const rawPage = params.get('page')?.trim() ?? '';
  const pageNumber = /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : NaN;
  return { para, page: pageNumber >= 1 ? pageNumber : null };
}

/** "pp 3" → "PP3", " 98 " → "98"; labels are compared in this form. */
export function normalizeLabel(label: string): string {
  const trimmed = label.trim().replace(/\s+/g, '');
  return /^pp/i.test(trimmed) ? `PP${trimmed.slice(2)}` : trimmed;
}

/** viewer.html?file=<encoded original>#para=N. */
export function viewerUrlFor(viewerPage: string, file: string, target: Partial<ViewerTarget> = {}): string {
  return `${viewerPage}?file=${encodeURIComponent(withoutFragment(file))}${targetFragment(target)}`;
}

/**
 * viewer.html?compare=<older>&file=<newer>: every change between two revisions. `compare` goes first
 * because everything after `file=` is taken as the address (see parseViewerUrl).
 */
export function compareAddress(viewerPage: string, oldFile: string, newFile: string): string {
  return `${viewerPage}?compare=${encodeURIComponent(withoutFragment(oldFile))}&file=${encodeURIComponent(withoutFragment(newFile))}`;
}

/** The older revision's address of a compare address; null when this is not one. */
export function parseCompareFile(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const query = url.search.replace(/^\?/, '');
  const beforeFile = query.split(/(?:^|&)file=/)[0] ?? '';
  const raw = new URLSearchParams(beforeFile).get('compare');
  return raw && isHttpUrl(raw) ? withoutFragment(raw) : null;
}

/**
 * The link a reader shares: the original PDF address with `#para=N`. With interception on it
 * reopens in the viewer at that paragraph; without the extension it still opens the PDF.
 */
export function paragraphLink(file: string, label: string): string {
  return `${withoutFragment(file)}#para=${encodeURIComponent(normalizeLabel(label))}`;
}

/** The original address for the browser's own viewer, at the page being read (`#page=` is a PDF open parameter). */
export function originalAt(file: string, page: number | null): string {
  return page && page > 1 ? `${withoutFragment(file)}#page=${page}` : withoutFragment(file);
}

/**
 * Addresses to fetch the PDF from, in order. docs.un.org may answer a bare symbol address with a
 * web page; `?direct=true` asks it for the PDF itself.
 */
export function pdfFetchUrls(file: string): string[] {
  const urls = [withoutFragment(file)];
  try {
    const url = new URL(urls[0] ?? '');
    if (url.hostname === 'docs.un.org' && !url.searchParams.has('direct')) {
      url.searchParams.set('direct', 'true');
      urls.push(url.href);
    }
  } catch {
    // not a URL: the first attempt reports it
  }
  return urls;
}

function targetFragment(target: Partial<ViewerTarget>): string {
  if (target.para) return `#para=${encodeURIComponent(normalizeLabel(target.para))}`;
  if (target.page) return `#page=${target.page}`;
  return '';
}

function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at >= 0 ? url.slice(0, at) : url;
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}


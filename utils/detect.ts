// Which document a URL (and, when given, its first page's text) is: family, revision, variant, symbol, date.
// Pure and total: odd or hostile input gives nulls, never an exception.
import { catalogEntry, compareRevisions, revisionForSymbol, revisionName } from './catalog';
import type { DocumentId, Family, Revision, Variant } from './document-id';
import { SYMBOL_PATH_HOSTS, UNDOCS_HOSTS, isUnLanguage } from './detect/document-language';
import { DESA_HOST, SEP, WSIS20, WSIS_SECTION, WSIS_SUMMIT, isUnHost, parseUrl } from './detect/wsis-page';
import { safeDecode } from './safe-decode';

// The cheap page check lives in ./detect/wsis-page (the content script's share); callers may keep importing it from here.
export { isUnHost, isWsisPage } from './detect/wsis-page';

/** DESA uploads every WSIS+20 (2025) file under this odd Drupal folder. */
const WSIS20_UPLOADS = '/sites/default/files/2021-04/2025/';
const OUTCOME_TITLES =
  /outcome\s+document\s+of\s+the\s+high-level\s+meeting\s+of\s+the\s+general\s+assembly\s+on\s+the\s+overall\s+review\s+of\s+the\s+implementation\s+of\s+the\s+outcomes\s+of\s+the\s+world\s+summit\s+on\s+the\s+information\s+society/gi;

const EMPTY: DocumentId = { family: null, revision: null, variant: null, symbol: null, date: null, title: null };

/**
 * The URL alone says this is a WSIS+20 draft or the final text as a PDF (for interception rules):
 * a DESA draft file, or a WSIS+20 symbol on the UN document system. Stakeholder inputs are not drafts.
 */
export function isWsisPdfUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || !isUnHost(url) || !servesPdf(parsed)) return false;
  const id = fromUrl(url);
  return id.family !== null && id.revision !== null && (id.variant === 'clean' || id.variant === 'tracked');
}

/**
 * undocs.org, the UN's older short address, redirects "undocs.org/[language/]<symbol>" to the same
 * document on docs.un.org, a host the extension may read: links to it are read as that address.
 * Any other address is returned as it is.
 */
export function throughUndocs(url: string): string {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || !UNDOCS_HOSTS.has(parsed.hostname)) return url;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const language = isUnLanguage(segments[0]?.toLowerCase()) ? segments.shift()!.toLowerCase() : 'en';
  if (segments.length === 0) return url;
  return `https://docs.un.org/${language}/${segments.join('/')}${parsed.search}`;
}

/**
 * Any PDF on the UN hosts, WSIS or not (other resolutions, drafts, reports): the popup offers to open
 * it in the viewer, which reads any GA resolution or draft. Files by their .pdf; the ODS API by its
 * symbol and t=pdf; docs.un.org by a symbol path (it serves that document's PDF).
 */
export function isUnPdfUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || !isUnHost(url)) return false;
  const path = safeDecode(parsed.pathname);
  if (/\.pdf$/i.test(path)) return true;
  const host = parsed.hostname;
  if (host === DESA_HOST) return false;
  if (host === 'documents.un.org' && !/^\/api\/symbol\/access\/?$/i.test(path)) return false;
  return servesPdf(parsed) && symbolFromUrl(host, parsed, path, '') !== null;
}

/** DESA files by extension; the ODS API by its t= parameter (t=doc is the Word file). */
function servesPdf(parsed: URL): boolean {
  if (parsed.hostname === DESA_HOST) return /\.pdf$/i.test(parsed.pathname);
  if (parsed.hostname === 'documents.un.org') return (parsed.searchParams.get('t') ?? 'pdf').toLowerCase() === 'pdf';
  return true;
}

/**
 * `text` is the first page's text (or a page's title block); `format` says what the caller is showing
 * when the URL cannot (a PDF served from "download?id=…", a web page at "…/zero-draft"); without it a
 * URL ending in .html/.htm is a page and anything else a file.
 */
export function detectDocument(input: { url: string; text?: string | null; format?: 'pdf' | 'html' }): DocumentId {
  const url = typeof input.url === 'string' ? input.url : '';
  const text = typeof input.text === 'string' ? input.text.slice(0, 20_000) : '';
  const byUrl = fromUrl(url);
  const byText = text ? fromText(text) : EMPTY;
  const isWebPage = input.format ? input.format === 'html' : looksLikeWebPage(url);
  return merge(byUrl, byText, isWebPage);
}

// ---------------------------------------------------------------- URL

interface UrlFacts {
  family: Family | null;
  revision: Revision | null;
  variant: Variant | null;
  symbol: string | null;
  /** Date written in the file name (DDMMYY). */
  fileDate: string | null;
  /** The URL names a UN symbol outside every known family: the text cannot overrule it. */
  foreign: boolean;
}

function fromUrl(url: string): UrlFacts {
  const facts: UrlFacts = { family: null, revision: null, variant: null, symbol: null, fileDate: null, foreign: false };
  const parsed = parseUrl(url);
  if (!parsed) return facts;
  const host = parsed.hostname.toLowerCase();
  const path = safeDecode(parsed.pathname);
  const fileName = path.slice(path.lastIndexOf('/') + 1);

  facts.symbol = symbolFromUrl(host, parsed, path, fileName);
  if (facts.symbol) {
    const known = revisionForSymbol(facts.symbol) ?? laterTabledRevision(facts.symbol);
    if (known) {
      facts.family = known.family;
      facts.revision = known.revision;
      facts.variant = 'clean';
    } else {
      facts.foreign = true;
    }
    return facts;
  }

  if (host === DESA_HOST) fromDesaPath(path, fileName, facts);
  else if (WSIS20.test(path)) fromDesaPath(path, fileName, facts); // a copy of a DESA file elsewhere
  return facts;
}

function fromDesaPath(path: string, fileName: string, facts: UrlFacts): void {
  const isFile = path.includes('/sites/default/files/') || /\.[a-z0-9]{2,5}$/i.test(fileName);
  if (!isFile) {
    if (WSIS_SECTION.test(path)) {
      facts.family = 'wsis20-outcome';
      facts.variant = 'page';
      facts.revision = revisionInName(path.replace(WSIS_SECTION, '/'));
    }
    return; // other DESA pages: the page text decides
  }
  // Stakeholder inputs sit in the WSIS+20 upload folder without "WSIS+20" in their names.
  const addressed = WSIS20.test(path) || path.includes(WSIS20_UPLOADS) ? stakeholderInputTarget(path) : null;
  if (addressed) {
    facts.family = 'wsis20-outcome';
    facts.revision = addressed;
    facts.variant = 'stakeholder-input';
    return;
  }
  if (!WSIS20.test(path)) return;
  const revision = revisionInName(fileName) ?? revisionInName(path);
  if (!revision) return; // a WSIS+20 file that is not a draft (programme, report …)
  facts.family = 'wsis20-outcome';
  facts.revision = revision;
  facts.variant = /track|redline/i.test(fileName) ? 'tracked' : /\.x?html?$/i.test(fileName) ? 'page' : 'clean';
  facts.fileDate = fileNameDate(fileName);
}

const INPUTS_TO = new RegExp(
  `inputs?${SEP}(?:to|on)${SEP}(?:the${SEP})?(rev(?:ision)?${SEP}\\.?${SEP}\\d+|zero${SEP}draft|elements${SEP}paper)`,
  'i',
);
const ELEMENTS_PAPER_NAME = new RegExp(`elements${SEP}paper`, 'i');
const ZERO_DRAFT_NAME = new RegExp(`zero${SEP}draft`, 'i');
const NUMBERED_REVISION_NAME = new RegExp(`(?:^|[^a-z])rev(?:ision)?${SEP}\\.?${SEP}(\\d{1,2})(?!\\d)`, 'i');

/** "Inputs to Rev2", "Inputs_to_Zero_Draft": the revision a stakeholder's comments address. */
function stakeholderInputTarget(path: string): Revision | null {
  const match = INPUTS_TO.exec(path);
  return match?.[1] ? revisionInName(match[1]) : null;
}

function revisionInName(name: string): Revision | null {
  if (ELEMENTS_PAPER_NAME.test(name)) return 'elements-paper';
  if (ZERO_DRAFT_NAME.test(name)) return 'zero-draft';
  const numbered = NUMBERED_REVISION_NAME.exec(name);
  return numbered ? `rev${Number(numbered[1])}` : null;
}

/** "_031225_" → 2025-12-03 (DESA names files DDMMYY). */
function fileNameDate(fileName: string): string | null {
  const match = /(?:^|[_\s\-+])(\d{2})(\d{2})(\d{2})(?=[_\s\-+.]|$)/.exec(fileName);
  if (!match) return null;
  return isoDate(2000 + Number(match[3]), Number(match[2]), Number(match[1]));
}

function symbolFromUrl(host: string, parsed: URL, path: string, fileName: string): string | null {
  if (host === 'documents.un.org') {
    const fromQuery = parsed.searchParams.get('s') ?? parsed.searchParams.get('symbol');
    if (fromQuery) return normalizeSymbol(fromQuery);
  }
  if (SYMBOL_PATH_HOSTS.has(host)) {
    const segments = path.split('/').filter(Boolean);
    if (isUnLanguage(segments[0]?.toLowerCase())) segments.shift();
    const symbol = normalizeSymbol(segments.join('/'));
    if (symbol) return symbol;
  }
  // Digital library and saved files: "A_RES_80_173-EN.pdf", "A_80_L.41.pdf".
  const saved = /^((?:A|S|E|ST)_[A-Za-z0-9._]+?(?:\(\d{4}\))?)(?:-[A-Za-z]{2})?\.pdf$/i.exec(fileName);
  return saved?.[1] ? normalizeSymbol(saved[1].replace(/_/g, '/')) : null;
}

/** Security Council resolutions carry their year: "S/RES/2719 (2023)". */
const SYMBOL_SHAPE = /^(?:A|S|E|ST)(?:\/[A-Z0-9][A-Z0-9.\-]*)+(\(\d{4}\))?$/;

/**
 * Upper case with slashes ("a/res/80/173" → "A/RES/80/173"); suffixes keep UN casing ("/Rev.1"), a year
 * its space ("s/res/2719(2023)" → "S/RES/2719 (2023)").
 */
export function normalizeSymbol(raw: string): string | null {
  const symbol = raw.trim().replace(/\s+/g, '').replace(/\/+$/, '').toUpperCase();
  if (!SYMBOL_SHAPE.test(symbol) || !/\d/.test(symbol)) return null;
  return symbol.replace(/\/(REV|ADD|CORR|AMEND)\./g, (_, suffix: string) => `/${suffix[0]}${suffix.slice(1).toLowerCase()}.`).replace(/\(\d{4}\)$/, ' $&');
}

/** A revision of the tabled draft, "A/80/L.41/Rev.1", is a later WSIS+20 revision named by its symbol. */
function laterTabledRevision(symbol: string): { family: Family; revision: Revision } | null {
  return /^A\/80\/L\.41\/Rev\.\d+$/.test(symbol) ? { family: 'wsis20-outcome', revision: symbol } : null;
}

// ---------------------------------------------------------------- text

/** What the text alone says: the same fields as a DocumentId. */
type TextFacts = DocumentId;

/** The document's own symbol sits in the masthead; later symbols are usually citations of other documents. */
const MASTHEAD_CHARS = 400;
/** Revision markers count only in the title block; further down they are history. */
const TITLE_ZONE_CHARS = 1500;
/** Bounded repetitions: an unbounded "(…\/)*" makes "A/A/A/…" text quadratic. */
const TEXT_SYMBOL =
  /\b((?:A|S|E)\/(?:[A-Z][A-Z0-9.]{0,12}\/){0,4}\d{1,4}\/(?:L\.\d{1,4}|\d{1,4})(?:\/(?:Rev|Add|Corr)\.\d{1,3}){0,3}|S\/RES\/\d{1,5}(?: ?\(\d{4}\))?)/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TEXT_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

function fromText(rawText: string): TextFacts {
  const text = rawText.replace(/\s+/g, ' ');
  const facts: TextFacts = { family: null, revision: null, variant: null, symbol: null, date: null, title: null };
  facts.symbol = symbolInText(text);
  const dateMatch = TEXT_DATE.exec(text);
  if (dateMatch) {
    facts.date = isoDate(Number(dateMatch[3]), MONTHS.indexOf((dateMatch[2] ?? '').toLowerCase()) + 1, Number(dateMatch[1]));
  }
  const outcomeTitle = outcomeTitleIn(text);
  facts.title = outcomeTitle ?? resolutionTitle(text);

  if (facts.symbol) {
    const known = revisionForSymbol(facts.symbol) ?? laterTabledRevision(facts.symbol);
    if (!known) return facts; // another UN document, whatever it mentions
    facts.family = known.family;
    facts.revision = known.revision;
    facts.variant = trackedInText(text) ? 'tracked' : 'clean';
    return facts;
  }

  const namesWsis = outcomeTitle !== null || WSIS20.test(text) || WSIS_SUMMIT.test(text);
  if (!namesWsis) return facts;
  const titleZone = text.slice(0, TITLE_ZONE_CHARS);
  const named = revisionsNamed(titleZone);
  // Three or more revisions named up front is a list of drafts (an index page), not one of them.
  if (named.length >= 3) {
    facts.family = 'wsis20-outcome';
    facts.variant = 'clean';
    return facts;
  }
  const addressed = stakeholderInputTarget(titleZone);
  if (addressed) {
    facts.family = 'wsis20-outcome';
    facts.revision = addressed;
    facts.variant = 'stakeholder-input';
    facts.title = null; // the outcome title it quotes is not its own
    return facts;
  }
  if (named.length === 0 && !outcomeTitle) return facts; // mentions WSIS+20 but is not a draft of it
  facts.family = 'wsis20-outcome';
  // A draft names only itself and earlier revisions ("Rev2, changes from Rev1"): the latest is the document.
  facts.revision = named.sort(compareRevisions).at(-1) ?? null;
  // The informal drafts are "drafts"; only the tabled text is a draft resolution submitted to the Assembly
  // (the PDF reader drops the masthead, symbol included, as running furniture).
  if (!facts.revision && outcomeTitle && /\bdraft resolution submitted by\b/i.test(titleZone)) facts.revision = 'L.41';
  facts.variant = trackedInText(text) ? 'tracked' : 'clean';
  return facts;
}

/**
 * The document's own symbol: the masthead's, else a known family symbol anywhere on the page
 * (the final text cites its draft, "(A/80/L.41)", so a resolution prefers the A/RES symbol).
 */
function symbolInText(spacedText: string): string | null {
  // pdf.js splits symbols into runs ("A /80/L.41"); slashes never stand between words in a masthead.
  const text = spacedText.replace(/\s*\/\s*/g, '/');
  const all = [...text.matchAll(TEXT_SYMBOL)].map((m) => ({ index: m.index, symbol: normalizeSymbol(m[1] ?? '') }));
  // "(A/80/L.41)" in brackets cites the draft a resolution came from; the masthead symbol stands alone.
  const masthead = all.find((m) => m.index < MASTHEAD_CHARS && m.symbol && text[m.index - 1] !== '(');
  if (masthead?.symbol) return masthead.symbol;
  const known = all.filter((m) => m.symbol && revisionForSymbol(m.symbol)).map((m) => m.symbol as string);
  if (/resolution adopted by the general assembly/i.test(text)) {
    const resolution = known.find((symbol) => symbol.includes('/RES/'));
    if (resolution) return resolution;
    // Its number heads the title, "80/173. Outcome document …"; any other symbol is a citation.
    const numbered = /\b(\d{2,3})\/(\d{1,4})\.\s/.exec(text);
    return numbered ? `A/RES/${numbered[1]}/${numbered[2]}` : null;
  }
  return known[0] ?? null;
}

/** Distinct revisions named in a stretch of text: "Zero draft", "Rev. 2", "Revision 2", "Second revised draft". */
function revisionsNamed(text: string): Revision[] {
  const found = new Set<Revision>();
  if (/\belements\s+paper\b/i.test(text)) found.add('elements-paper');
  if (/\bzero\s+draft\b/i.test(text)) found.add('zero-draft');
  for (const m of text.matchAll(/\brev(?:ision)?\s*\.?\s*(\d{1,2})\b/gi)) found.add(`rev${Number(m[1])}`);
  const ordinal = new RegExp(`\\b(${ORDINALS.join('|')})\\s+revis(?:ed|ion)\\b`, 'gi');
  for (const m of text.matchAll(ordinal)) found.add(`rev${ORDINALS.indexOf((m[1] ?? '').toLowerCase()) + 1}`);
  return [...found];
}

function trackedInText(text: string): boolean {
  return /\btrack(?:ed)?[\s-]*changes?\b/i.test(text.slice(0, 3000));
}

/**
 * The outcome document's title as a heading: "Adopts the following outcome document of …" names it in
 * running text first, so a capitalised occurrence wins.
 */
function outcomeTitleIn(text: string): string | null {
  let first: string | null = null;
  for (const match of text.matchAll(OUTCOME_TITLES)) {
    if (match[0].startsWith('O')) return match[0];
    first ??= match[0];
  }
  return first ? `O${first.slice(1)}` : null;
}

/** "79/1. The Pact for the Future The General Assembly," → "The Pact for the Future". */
function resolutionTitle(text: string): string | null {
  const match = /\b\d{2,3}\/\d{1,4}\.\s+(.{3,300}?)\s+The General Assembly\b/.exec(text);
  return match?.[1]?.trim() ?? null;
}

// ---------------------------------------------------------------- merge

function merge(byUrl: UrlFacts, byText: TextFacts, isWebPage: boolean): DocumentId {
  // A symbol the text cites is not the document's own when the URL already placed it in a family.
  const symbol = byUrl.symbol ?? (byUrl.family && !byText.family ? null : byText.symbol);
  // A URL naming another document wins over text; otherwise the URL's reading wins where it has one.
  const family = byUrl.foreign ? null : byUrl.family ?? byText.family;
  if (!family) {
    return { family: null, revision: null, variant: null, symbol, date: byText.date, title: byText.title };
  }
  const revision = byUrl.family ? byUrl.revision ?? byText.revision : byText.revision;
  let variant = byUrl.family ? byUrl.variant : byText.variant;
  if (variant === 'clean' && isWebPage) variant = 'page';
  if (variant === 'clean' && byText.variant === 'tracked') variant = 'tracked';
  const entry = revision ? catalogEntry(revision, family) : null;
  const date =
    entry && !entry.dateApproximate ? entry.date : byUrl.fileDate ?? byText.date ?? entry?.date ?? null;
  const title = byText.title ?? (revision && variant !== 'stakeholder-input' ? revisionName(revision, family) : null);
  return { family, revision, variant, symbol: symbol ?? entry?.symbol ?? null, date, title };
}

function looksLikeWebPage(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && /\.x?html?$/i.test(parsed.pathname);
}

// ---------------------------------------------------------------- helpers

function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

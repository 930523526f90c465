// The known revisions of each document family, in order, with dates, symbols and where the files live.
// Source: shared/data/url-patterns-and-timeline.json (the `sources` of each entry).
import type { DocumentId, Family, Revision } from './document-id';

export interface RevisionUrls {
  /** The clean text (a DESA file, or the UN document system for symbol documents). */
  clean: string | null;
  /** The track-changes version against the previous revision. */
  tracked: string | null;
}

export interface RevisionEntry {
  id: Revision;
  /** How readers name it: "Rev.2", "A/80/L.41". */
  name: string;
  /** ISO date (YYYY-MM-DD) the revision was issued (the final: adopted). */
  date: string;
  /** True where the sources only give a rough date ("mid December"). */
  dateApproximate: boolean;
  dateNote: string | null;
  symbol: string | null;
  urls: RevisionUrls;
  /** Where the facts above come from. */
  sources: string[];
}

export interface FamilyCatalog {
  family: Family;
  name: string;
  revisions: readonly RevisionEntry[];
}

const DESA_FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';

const WSIS20_REVISIONS: readonly RevisionEntry[] = [
  {
    id: 'elements-paper',
    name: 'Elements Paper',
    date: '2025-06-20',
    dateApproximate: false,
    dateNote: null,
    symbol: null,
    urls: { clean: `${DESA_FILES}/WSIS%2B20_ElementsPaper_20June.pdf`, tracked: null },
    sources: [`${DESA_FILES}/WSIS%2B20_ElementsPaper_20June.pdf`, 'https://dig.watch/?p=217956'],
  },
  {
    id: 'zero-draft',
    name: 'Zero Draft',
    date: '2025-08-29',
    dateApproximate: false,
    dateNote: 'Some sources say 30 August 2025.',
    symbol: null,
    urls: { clean: `${DESA_FILES}/WSIS%2B20_ZERO_DRAFT.pdf`, tracked: null },
    sources: [`${DESA_FILES}/WSIS%2B20_ZERO_DRAFT.pdf`, 'https://dig.watch/resource/wsis20-review-zero-draft'],
  },
  {
    id: 'rev1',
    name: 'Rev.1',
    date: '2025-11-07',
    dateApproximate: false,
    dateNote: null,
    symbol: null,
    // The DESA file for Rev1 has not been found; its URL is not guessed.
    urls: { clean: null, tracked: null },
    sources: ['https://dig.watch/?p=234252'],
  },
  {
    id: 'rev2',
    name: 'Rev.2',
    date: '2025-12-03',
    dateApproximate: false,
    dateNote: null,
    symbol: null,
    urls: {
      clean: `${DESA_FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`,
      tracked: `${DESA_FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`,
    },
    sources: [
      'https://dig.watch/?p=236612',
      `${DESA_FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`,
      `${DESA_FILES}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`,
    ],
  },
  {
    id: 'rev3',
    name: 'Rev.3',
    date: '2025-12-12',
    dateApproximate: true,
    dateNote: 'Early to mid December 2025; placed under silence procedure.',
    symbol: null,
    urls: { clean: null, tracked: null },
    sources: ['https://www.afnic.fr/en/?p=37086'],
  },
  {
    id: 'rev4',
    name: 'Rev.4',
    date: '2025-12-15',
    dateApproximate: true,
    dateNote: 'Mid December 2025 (the compromise text).',
    symbol: null,
    urls: { clean: null, tracked: null },
    sources: ['https://www.afnic.fr/en/?p=37086'],
  },
  {
    id: 'L.41',
    name: 'A/80/L.41',
    date: '2025-12-16',
    dateApproximate: false,
    dateNote: 'Draft resolution submitted by the President of the General Assembly.',
    symbol: 'A/80/L.41',
    urls: { clean: 'https://docs.un.org/en/A/80/L.41', tracked: null },
    sources: ['https://docs.un.org/en/A/80/L.41', 'https://dig.watch/?p=237866'],
  },
  {
    id: 'final',
    name: 'A/RES/80/173',
    date: '2025-12-17',
    dateApproximate: false,
    dateNote: 'Adopted 17 December 2025 (68th plenary meeting); issued 19 December 2025.',
    symbol: 'A/RES/80/173',
    urls: { clean: 'https://docs.un.org/en/A/RES/80/173', tracked: null },
    sources: [
      'https://docs.un.org/en/A/RES/80/173',
      'https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=pdf',
      'https://www.itu.int/net4/wsis/ungis/Articles/View/1213',
    ],
  },
];

export const CATALOGS: Readonly<Record<Family, FamilyCatalog>> = {
  'wsis20-outcome': { family: 'wsis20-outcome', name: 'WSIS+20 outcome document', revisions: WSIS20_REVISIONS },
};

export function familyName(family: Family): string {
  return CATALOGS[family].name;
}

export function catalogEntry(revision: Revision, family: Family = 'wsis20-outcome'): RevisionEntry | null {
  return CATALOGS[family].revisions.find((entry) => entry.id === revision) ?? null;
}

/** The revision a UN symbol stands for in some family, e.g. "A/80/L.41" → L.41 of the WSIS+20 outcome. */
export function revisionForSymbol(symbol: string): { family: Family; revision: Revision } | null {
  const wanted = symbol.toUpperCase();
  for (const catalog of Object.values(CATALOGS)) {
    for (const entry of catalog.revisions) {
      if (entry.symbol?.toUpperCase() === wanted) return { family: catalog.family, revision: entry.id };
    }
  }
  return null;
}

const NUMBERED_REVISION = /^rev(\d+)$/i;

/** "rev2" → "Rev.2", "L.41" → "A/80/L.41"; unknown later revisions ("rev5") follow the same pattern. */
export function revisionName(revision: Revision, family: Family = 'wsis20-outcome'): string {
  const known = catalogEntry(revision, family);
  if (known) return known.name;
  const numbered = NUMBERED_REVISION.exec(revision);
  return numbered ? `Rev.${Number(numbered[1])}` : revision;
}

/**
 * Orders revisions oldest first. Unknown numbered revisions (rev5, rev6 …) are informal drafts, so they
 * come after rev4 by number and before the tabled draft L.41; revisions of the tabled draft named by
 * symbol ("A/80/L.41/Rev.1") come after L.41 and before the final text; anything else unknown goes last,
 * alphabetically, so the order is total and stable.
 */
export function compareRevisions(a: Revision, b: Revision): number {
  const rankA = revisionRank(a);
  const rankB = revisionRank(b);
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Known revisions rank by position; later unknown ones take fractional ranks between their neighbours.
const KNOWN_RANK = new Map<string, number>(WSIS20_REVISIONS.map((entry, index) => [entry.id, index]));
const REV4_RANK = KNOWN_RANK.get('rev4') ?? 5;
const TABLED_RANK = KNOWN_RANK.get('L.41') ?? 6;
const UNKNOWN_RANK = WSIS20_REVISIONS.length;

function revisionRank(revision: Revision): number {
  const known = KNOWN_RANK.get(revision);
  if (known !== undefined) return known;
  const numbered = NUMBERED_REVISION.exec(revision);
  if (numbered) {
    const n = Number(numbered[1]);
    return KNOWN_RANK.get(`rev${n}`) ?? REV4_RANK + Math.min(n, 999) / 1000;
  }
  const ofTabledDraft = /^A\/80\/L\.41\/Rev\.(\d+)$/i.exec(revision);
  if (ofTabledDraft) return TABLED_RANK + Math.min(Number(ofTabledDraft[1]), 999) / 1000;
  return UNKNOWN_RANK;
}

/**
 * How a reader cites a paragraph: "WSIS+20 outcome document, Rev.2, para. 98",
 * "WSIS+20 outcome document, A/80/L.41, preambular para. 3". Documents outside a known family are
 * cited by symbol (or title).
 */
export function citation(doc: Pick<DocumentId, 'family' | 'revision' | 'symbol' | 'title'>, label: string): string {
  const parts: string[] = [];
  if (doc.family) {
    parts.push(familyName(doc.family));
    if (doc.revision) parts.push(revisionName(doc.revision, doc.family));
    else if (doc.symbol) parts.push(doc.symbol);
  } else if (doc.symbol) {
    parts.push(doc.symbol);
  } else if (doc.title) {
    parts.push(doc.title);
  }
  parts.push(paragraphCitation(label));
  return parts.join(', ');
}

function paragraphCitation(label: string): string {
  const preambular = /^PP\s*(\d+)$/i.exec(label.trim());
  return preambular ? `preambular para. ${preambular[1]}` : `para. ${label.trim()}`;
}

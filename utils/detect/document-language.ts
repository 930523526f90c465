// Which of the six UN languages a document is in: from its address when that names one, else from its
// text. UN documents exist in every language at one symbol and number their paragraphs alike, but
// their texts cannot be compared across languages. Pure and total; unsure answers are null.
import { parseUrl } from './wsis-page';

export type UnLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

const UN_LANGUAGES: readonly UnLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
/** The UN's older short address, which redirects to the same path on docs.un.org. */
export const UNDOCS_HOSTS: ReadonlySet<string> = new Set(['undocs.org', 'www.undocs.org']);
/** Hosts whose path (after an optional language) is a UN symbol. */
export const SYMBOL_PATH_HOSTS: ReadonlySet<string> = new Set(['docs.un.org', ...UNDOCS_HOSTS]);
const NAMES: Record<UnLanguage, string> = { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' };

export function isUnLanguage(value: string | null | undefined): value is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** "French"; the English name, as the extension's own words are English. */
export function languageName(language: UnLanguage): string {
  return NAMES[language];
}

/** A language other than English: its texts are not compared with the English revisions. */
export function isTranslation(language: UnLanguage | null | undefined): language is Exclude<UnLanguage, 'en'> {
  return !!language && language !== 'en';
}

/**
 * The language an address names: docs.un.org/fr/A/RES/80/173, the ODS API's `l=fr`, a saved file
 * "A_RES_80_173-FR.pdf". Null when it names none.
 */
export function languageFromUrl(url: string): UnLanguage | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  if (SYMBOL_PATH_HOSTS.has(host)) {
    const first = parsed.pathname.split('/').find(Boolean)?.toLowerCase() ?? null;
    if (isUnLanguage(first)) return first;
  }
  if (host === 'documents.un.org') {
    const param = (parsed.searchParams.get('l') ?? parsed.searchParams.get('lang') ?? '').toLowerCase();
    if (isUnLanguage(param)) return param;
  }
  const saved = SAVED_SYMBOL_FILE.exec(parsed.pathname)?.[1]?.toLowerCase() ?? null;
  return isUnLanguage(saved) ? saved : null;
}

/**
 * A UN document saved under its symbol and language ("A_RES_80_173-FR.pdf"): the name must be a
 * symbol (capitals, numbers), so a stakeholder's "Inputs_FR.pdf" or "Comments_RU.pdf" (France's,
 * Russia's, in English) is not read as a language.
 */
const SAVED_SYMBOL_FILE = /\/[A-Z]{1,4}(?:_[A-Z0-9.]+)*_\d[0-9A-Z.]*(?:_[A-Z0-9.]+)*[-_]([A-Za-z]{2})\.pdf$/;

// Short words frequent in any running text of one language and rare in the others ("de", "en", "la",
// "que" are shared by French and Spanish, "a" by English and Spanish, so they count for none).
const FUNCTION_WORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'for', 'that', 'on', 'with', 'by', 'its', 'is', 'are', 'this', 'be', 'which', 'from', 'as']),
  fr: new Set(['le', 'les', 'des', 'du', 'et', 'à', 'pour', 'dans', 'qui', 'une', 'sur', 'par', 'au', 'aux', 'est', 'sont', 'ses', 'leur', 'ainsi']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'para', 'una', 'con', 'por', 'sus', 'al', 'es', 'son', 'su', 'como', 'entre', 'sobre']),
};
/** Fewer words than this say too little to decide. */
const MIN_WORDS = 25;
/** Share of letters in a script that makes the text that script's language. */
const SCRIPT_SHARE = 0.3;

/** The language of a stretch of text (a first page is plenty); null when unsure. */
export function languageOfText(text: string): UnLanguage | null {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const share = (pattern: RegExp) => (sample.match(pattern)?.length ?? 0) / letters;
  if (share(/\p{Script=Arabic}/gu) >= SCRIPT_SHARE) return 'ar';
  if (share(/\p{Script=Han}/gu) >= SCRIPT_SHARE) return 'zh';
  if (share(/\p{Script=Cyrillic}/gu) >= SCRIPT_SHARE) return 'ru';

  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const scores = (['en', 'fr', 'es'] as const).map((language) => {
    const set = FUNCTION_WORDS[language];
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    return { language, share: hits / words.length };
  });
  scores.sort((a, b) => b.share - a.share);
  const [best, second] = scores;
  // Running text of any of the three is a fifth or more function words; a clear lead, not a tie, decides.
  if (!best || best.share < 0.08 || best.share < 2 * (second?.share ?? 0)) return null;
  return best.language;
}

/** The address's language when it names one, else the text's; null when neither says. */
export function documentLanguage(url: string, text?: string | null): UnLanguage | null {
  return languageFromUrl(url) ?? (text ? languageOfText(text) : null);
}

/** A read or stored text's language: as recorded, else from its address, else from its first paragraphs. */
export function languageOfRevisionText(source: { url: string; language?: UnLanguage | null; paragraphs: readonly { text: string }[] }): UnLanguage | null {
  return source.language ?? languageFromUrl(source.url) ?? languageOfText(source.paragraphs.slice(0, 40).map((p) => p.text).join(' '));
}

/**
 * The English version of a document in another language: the same address with the language
 * swapped where the address names one, else docs.un.org/en/<symbol>; null when neither is possible.
 */
export function englishVersionUrl(url: string, symbol: string | null): string | null {
  const parsed = parseUrl(url);
  if (parsed && languageFromUrl(url)) {
    const host = parsed.hostname.toLowerCase();
    const english = new URL(parsed.href);
    english.hash = '';
    if (SYMBOL_PATH_HOSTS.has(host)) {
      const segments = english.pathname.split('/');
      const at = segments.findIndex(Boolean);
      if (at >= 0 && isUnLanguage(segments[at]!.toLowerCase())) {
        segments[at] = 'en';
        english.pathname = segments.join('/');
        return english.href;
      }
    }
    if (host === 'documents.un.org' && (english.searchParams.has('l') || english.searchParams.has('lang'))) {
      english.searchParams.set(english.searchParams.has('l') ? 'l' : 'lang', 'en');
      return english.href;
    }
    const saved = /([-_])([A-Za-z]{2})(\.pdf)$/i.exec(english.pathname);
    if (saved) {
      const upper = saved[2] === saved[2]!.toUpperCase();
      english.pathname = english.pathname.slice(0, saved.index) + saved[1] + (upper ? 'EN' : 'en') + saved[3];
      return english.href;
    }
  }
  return symbol ? `https://docs.un.org/en/${symbol}` : null;
}

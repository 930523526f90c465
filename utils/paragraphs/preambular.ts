// Whether a paragraph opens the way UN preambular paragraphs do: with a participle or adjective
// ("Recalling", "Deeply concerned", "Mindful"; "Rappelant", "Reconociendo" in the French and Spanish
// versions), usually set in italics. Shared by the PDF and HTML readers.

/** Lead words (lower case) that open preambular paragraphs besides any "-ing" participle. */
const OPENING_WORDS = new Set([
  'mindful', 'convinced', 'concerned', 'aware', 'conscious', 'cognizant', 'cognisant', 'determined', 'guided',
  'alarmed', 'encouraged', 'desirous', 'appreciative', 'grateful', 'confident', 'committed', 'resolved',
  'inspired', 'disturbed', 'dismayed', 'gratified', 'pleased', 'satisfied', 'sensitive', 'fully', 'deeply',
  'gravely', 'seriously', 'strongly', 'further', 'also', 'highly', 'keenly', 'profoundly', 'noting', 'recognizing',
  'having', 'bearing', 'taking', 'building', 'acknowledging', 'affirming', 'reaffirming', 'recalling',
  'welcoming', 'emphasizing', 'stressing', 'expressing', 'underlining', 'underscoring', 'considering',
  'acting', 'observing', 'believing', 'reiterating', 'deploring', 'regretting',
]);
/**
 * The same in the French and Spanish versions, besides participles ("Rappelant", "Reconociendo"):
 * adjectives and adverbs that open preambles there ("Consciente", "Profondément préoccupée").
 */
const OPENING_WORDS_FR_ES = new Set([
  'conscient', 'consciente', 'convaincu', 'convaincue', 'préoccupé', 'préoccupée', 'profondément', 'vivement',
  'gravement', 'résolu', 'résolue', 'déterminé', 'déterminée', 'soucieux', 'soucieuse', 'ayant',
  'convencido', 'convencida', 'preocupado', 'preocupada', 'profundamente', 'gravemente', 'decidido', 'decidida',
  'resuelto', 'resuelta', 'habiendo',
]);
/** French present participles ("Rappelant", "Réaffirmant") and Spanish gerunds ("Recordando", "Reconociendo"). */
const FR_ES_PARTICIPLE = /^[^\s]{3,}(?:ant|ando|iendo|yendo)$/;
/** Words of those shapes that are not participles ("Pendant", "Cuando"). */
const NOT_FR_ES_PARTICIPLES = new Set(['pendant', 'cependant', 'maintenant', 'durant', 'important', 'suivant', 'cuando', 'comando']);
/**
 * Russian preambles open with a lower-case gerund ("ссылаясь", "вновь подтверждая", "признавая") or
 * "будучи" ("будучи глубоко обеспокоена"); operative verbs are capitalised ("Постановляет").
 */
const RU_OPENING = /^(?:вновь\s+|особо\s+|глубоко\s+)?(?:[а-яё]{3,}(?:я|ясь|вшись)|будучи|с\s+удовлетворением|с\s+озабоченностью)(?![а-яё])/u;
/** "-ing" words that are nouns or chapeau-like, not participles. */
const NOT_PARTICIPLES = new Set(['bring', 'king', 'spring', 'string', 'thing', 'nothing', 'everything', 'something', 'meeting', 'funding', 'during', 'morning', 'training', 'building']);
/** Words that start a preamble only in a fixed phrase: "In this regard" is operative text, "In view of" opens a preamble. */
const PHRASE_OPENINGS =
  /^(?:in\s+(?:view|light|accordance|recognition|this\s+context\s+recalling)|with\s+(?:deep|grave|great|appreciation|concern|satisfaction)|building\s+on|building\s+upon|compte\s+tenu|eu\s+égard|habida\s+cuenta|en\s+vista)\b/i;
/**
 * "The General Assembly," / "We, the Heads of State …," introduce the preamble; they are not part of it.
 * Also in the French, Spanish and Russian versions (set in italics there, like the preamble's lead words).
 */
const CHAPEAU = new RegExp(
  [
    String.raw`^(?:the\s+)?(?:general\s+assembly|security\s+council|economic\s+and\s+social\s+council|human\s+rights\s+council|conference|commission)\b\s*,?\s*$`,
    String.raw`^(?:l['’]\s*)?(?:assemblée\s+générale|conseil\s+de\s+sécurité|conseil\s+économique\s+et\s+social|conseil\s+des\s+droits\s+de\s+l['’]homme)\s*,?\s*$`,
    String.raw`^(?:el\s+|la\s+)?(?:asamblea\s+general|consejo\s+de\s+seguridad|consejo\s+económico\s+y\s+social|consejo\s+de\s+derechos\s+humanos)\s*,?\s*$`,
    String.raw`^(?:генеральная\s+ассамблея|совет\s+безопасности)\s*,?\s*$`,
    String.raw`^(?:we|nous|nosotros|nosotras|мы)\s*,`,
  ].join('|'),
  'i',
);

/** The paragraph's first word, without a printed letter label ("A. Recalling …" → "Recalling"). */
function leadWords(text: string): string[] {
  const body = text.trim().replace(/^(?:[A-Z]{1,2}\.|\([a-z]{1,2}\))\s+/, '');
  return body.split(/\s+/, 3);
}

/**
 * True when `text` opens like a preambular paragraph. `leadWordStyled` is whether the first word is set
 * apart (italic, or another font than the rest of the line): true counts as evidence on its own for a
 * capitalised word; false or null (unknown) leaves the decision to the word itself.
 * Ending punctuation is the caller's business (preambles end with "," or ";").
 */
export function isPreambularOpening(text: string, leadWordStyled: boolean | null): boolean {
  const trimmed = text.trim();
  if (!trimmed || CHAPEAU.test(trimmed)) return false;
  const [first = '', second = ''] = leadWords(trimmed);
  if (RU_OPENING.test(trimmed)) return true;
  const word = first.replace(/[^\p{L}-]/gu, '');
  if (!/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (lower === 'the' || lower === 'we') return false;
  if (PHRASE_OPENINGS.test(`${first} ${second}`)) return true;
  if (lower === 'in' || lower === 'with' || lower === 'building') return false;
  if (lower.endsWith('ing') && lower.length > 5 && !NOT_PARTICIPLES.has(lower)) return true;
  if (OPENING_WORDS.has(lower) || OPENING_WORDS_FR_ES.has(lower)) return true;
  if (FR_ES_PARTICIPLE.test(lower) && !NOT_FR_ES_PARTICIPLES.has(lower)) return true;
  // Operative verbs are italic too ("Adopts", "Decides", "Recalls"): styling alone never makes them preambular.
  if (/[^su]s$/.test(lower)) return false;
  return leadWordStyled === true;
}

/** Preambular paragraphs end with a comma (or a semicolon in some drafts); operative ones with a full stop. */
export function endsLikePreambular(text: string): boolean {
  return /[,;]\s*$/.test(text.trim());
}

import { describe, expect, it } from 'vitest';
import { documentLanguage, englishVersionUrl, isTranslation, languageFromUrl, languageOfRevisionText, languageOfText } from './document-language';

const ENGLISH =
  'The General Assembly, Recalling its resolution 70/125 of 16 December 2015 on the outcome document of the high-level meeting ' +
  'of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, ' +
  '1. Reaffirms the commitment to the vision of a people-centred, inclusive and development-oriented information society, ' +
  'where everyone can create, access, utilize and share information and knowledge; 2. Decides to continue the annual reports.';
const FRENCH =
  'L’Assemblée générale, Rappelant sa résolution 70/125 du 16 décembre 2015 sur le document final de la réunion de haut niveau ' +
  'de l’Assemblée générale sur l’examen d’ensemble de la mise en œuvre des textes issus du Sommet mondial sur la société de l’information, ' +
  '1. Réaffirme l’engagement pris en faveur d’une société de l’information à dimension humaine, inclusive et privilégiant le développement, ' +
  'dans laquelle chacun peut créer, obtenir, utiliser et partager l’information et le savoir ; 2. Décide de poursuivre les rapports annuels et les travaux du Forum.';
const SPANISH =
  'La Asamblea General, Recordando su resolución 70/125, de 16 de diciembre de 2015, relativa al documento final de la reunión de alto nivel ' +
  'de la Asamblea General sobre el examen general de la aplicación de los resultados de la Cumbre Mundial sobre la Sociedad de la Información, ' +
  '1. Reafirma el compromiso con la visión de una sociedad de la información centrada en las personas, inclusiva y orientada al desarrollo, ' +
  'en la que todos puedan crear, consultar, utilizar y compartir la información y el conocimiento; 2. Decide continuar los informes anuales.';

describe('languageFromUrl', () => {
  it.each([
    ['https://docs.un.org/fr/A/RES/80/173', 'fr'],
    ['https://docs.un.org/es/A/80/L.41', 'es'],
    ['https://docs.un.org/zh/A/RES/80/173', 'zh'],
    ['https://undocs.org/ru/A/RES/80/173', 'ru'],
    ['https://docs.un.org/en/A/RES/80/173', 'en'],
    ['https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=ar&t=pdf', 'ar'],
    ['https://digitallibrary.un.org/record/1/files/A_RES_80_173-FR.pdf', 'fr'],
    ['https://digitallibrary.un.org/record/2/files/A_80_L.41-ES.pdf', 'es'],
  ])('reads %s as %s', (url, language) => expect(languageFromUrl(url)).toBe(language));

  it.each([
    'https://docs.un.org/A/RES/80/173',
    'https://docs.un.org/de/A/RES/80/173',
    'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/WSIS%2B20_Rev2_031225_CleanVersion.pdf',
    // A member state's input in English, named after the state.
    'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Inputs%20to%20Rev2/Inputs_FR.pdf',
    'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Inputs%20to%20Rev2/EU_Comments_2025_ES.pdf',
    'not a url',
  ])('names no language in %s', (url) => expect(languageFromUrl(url)).toBeNull());
});

describe('languageOfText', () => {
  it('tells English, French and Spanish apart by their short words', () => {
    expect(languageOfText(ENGLISH)).toBe('en');
    expect(languageOfText(FRENCH)).toBe('fr');
    expect(languageOfText(SPANISH)).toBe('es');
  });

  it('tells Arabic, Chinese and Russian by their script, symbols and numbers notwithstanding', () => {
    expect(languageOfText('A/RES/80/173 الجمعية العامة، إذ تشير إلى قرارها 70/125 المؤرخ 16 كانون الأول/ديسمبر 2015')).toBe('ar');
    expect(languageOfText('A/RES/80/173 大会， 回顾其2015年12月16日第70/125号决议， 1. 重申对信息社会愿景的承诺')).toBe('zh');
    expect(languageOfText('A/RES/80/173 Генеральная Ассамблея, ссылаясь на свою резолюцию 70/125 от 16 декабря 2015 года')).toBe('ru');
  });

  it('says nothing when the text is too short or mixed', () => {
    expect(languageOfText('A/RES/80/173 25-20327 (F)')).toBeNull();
    expect(languageOfText('')).toBeNull();
    expect(languageOfText(`${ENGLISH} ${FRENCH}`)).toBeNull();
  });
});

describe('documentLanguage', () => {
  it('takes the address first, the text when the address names none', () => {
    expect(documentLanguage('https://docs.un.org/en/A/RES/80/173', FRENCH)).toBe('en');
    expect(documentLanguage('https://docs.un.org/A/RES/80/173', FRENCH)).toBe('fr');
    expect(documentLanguage('https://docs.un.org/A/RES/80/173', null)).toBeNull();
  });

  it('counts every language but English as a translation, unknown as neither', () => {
    expect(isTranslation('fr')).toBe(true);
    expect(isTranslation('en')).toBe(false);
    expect(isTranslation(null)).toBe(false);
  });
});

describe('englishVersionUrl', () => {
  it('swaps the language the address names', () => {
    expect(englishVersionUrl('https://docs.un.org/fr/A/RES/80/173#para=3', 'A/RES/80/173')).toBe('https://docs.un.org/en/A/RES/80/173');
    expect(englishVersionUrl('https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=es&t=pdf', null)).toBe(
      'https://documents.un.org/api/symbol/access?s=A%2FRES%2F80%2F173&l=en&t=pdf',
    );
    expect(englishVersionUrl('https://digitallibrary.un.org/record/1/files/A_RES_80_173-FR.pdf', null)).toBe(
      'https://digitallibrary.un.org/record/1/files/A_RES_80_173-EN.pdf',
    );
  });

  it('falls back to the symbol on docs.un.org, and to nothing without one', () => {
    expect(englishVersionUrl('https://documents.un.org/doc/undoc/gen/n25/123/45/pdf/n2512345.pdf', 'A/80/L.41')).toBe('https://docs.un.org/en/A/80/L.41');
    expect(englishVersionUrl('https://documents.un.org/doc/undoc/gen/n25/123/45/pdf/n2512345.pdf', null)).toBeNull();
  });
});

describe('languageOfRevisionText', () => {
  const paragraphs = (text: string) => text.split(/(?<=[,;.]) /).map((sentence) => ({ text: sentence }));
  it('takes the recorded language, else the address’s, else the paragraphs’', () => {
    expect(languageOfRevisionText({ url: 'https://docs.un.org/fr/A/80/L.41', language: 'en', paragraphs: [] })).toBe('en');
    expect(languageOfRevisionText({ url: 'https://docs.un.org/fr/A/80/L.41', paragraphs: paragraphs(ENGLISH) })).toBe('fr');
    expect(languageOfRevisionText({ url: 'https://publicadministration.desa.un.org/rev2.pdf', paragraphs: paragraphs(SPANISH) })).toBe('es');
    expect(languageOfRevisionText({ url: 'https://publicadministration.desa.un.org/rev2.pdf', paragraphs: [] })).toBeNull();
  });
});

// The segmenter on hand-built pages of the same resolution in French, Spanish, Russian and Chinese:
// UN documents number their paragraphs alike in every language, so the labels must agree.
import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../pdf/page-text';
import { segmentPdf } from './from-pdf-text';
import { line, page } from './test-pages';

const MARGIN = 123.4;

function numbered(y: number, n: string, first: string, ...rest: string[]): PdfTextItem[][] {
  return [line(y, { str: `${n}.`, x: 147.1 }, { str: first, x: 170.9 }), ...rest.map((t, i) => line(y - 12 * (i + 1), { str: t, x: MARGIN }))];
}

function preamble(y: number, lead: string, first: string, ...rest: string[]): PdfTextItem[][] {
  return [line(y, { str: lead, x: 147.1, font: 'italic' }, first), ...rest.map((t, i) => line(y - 12 * (i + 1), { str: t, x: MARGIN }))];
}

const footer = (n: number, language: string) => [line(36.7, { str: `${n}/2`, x: 60, size: 8.5, font: 'bold' }, { str: `25-20327 (${language})`, x: 520, size: 7 })];

interface Words {
  language: string;
  chapeau: string;
  preambles: [lead: string, first: string, ...rest: string[]][];
  /** Each: the first line after the number, then the lines that follow at the margin. */
  numbered: [first: string, ...rest: string[]][];
  subParagraphs: [marker: string, text: string][];
  heading: string;
  annex: string;
}

/** One resolution's layout, the words of one language. */
function resolution(words: Words) {
  const [p1, p2] = words.preambles;
  const [n1, n2, n3, a1] = words.numbered;
  return segmentPdf([
    page(
      1,
      line(734, { str: 'Nations Unies', x: 123, size: 14 }, { str: 'A/RES/80/999', x: 500 }),
      line(600, { str: '80/999.', x: MARGIN, font: 'bold' }),
      line(580, { str: words.chapeau, x: 147.1, font: 'italic' }, ','),
      ...preamble(560, p1![0], p1![1], ...p1!.slice(2)),
      ...preamble(524, p2![0], p2![1], ...p2!.slice(2)),
      line(488, { str: words.heading, x: MARGIN, font: 'bold' }),
      ...numbered(464, '10', n1![0], ...n1!.slice(1)),
      ...numbered(428, '11', n2![0], ...n2!.slice(1)),
      ...footer(1, words.language),
    ),
    page(
      2,
      line(733, { str: 'A/RES/80/999', x: 60, size: 8.5, font: 'bold' }),
      ...numbered(707.5, '12', n3![0], ...n3!.slice(1)),
      ...words.subParagraphs.map(([marker, text], i) => line(695.5 - 12 * i, { str: marker, x: 147.1 }, { str: text, x: 170.9 })),
      line(647.5, { str: words.annex, x: 290, font: 'bold' }),
      ...numbered(623.5, '1', a1![0], ...a1!.slice(1)),
      ...footer(2, words.language),
    ),
  ]);
}

const ENGLISH: Words = {
  language: 'E',
  chapeau: 'The General Assembly',
  preambles: [
    ['Recalling', 'its resolution 70/125 of 16 December 2015 on the outcome document of the', 'high-level meeting of the General Assembly,'],
    ['Reaffirming', 'the commitment to build a people-centred, inclusive and development-', 'oriented information society;'],
  ],
  numbered: [
    ['Reaffirms the vision of the World Summit on the Information Society;'],
    ['Decides to extend the mandate of the Internet Governance Forum, which', 'becomes permanent;'],
    ['Calls upon all stakeholders to act, including by:'],
    ['Expands cooperation.'],
  ],
  subParagraphs: [
    ['(a)', 'Expanding connectivity;'],
    ['(b)', 'Building skills.'],
  ],
  heading: 'Bridging digital divides',
  annex: 'Annex',
};

const FRENCH: Words = {
  language: 'F',
  chapeau: 'L’Assemblée générale',
  preambles: [
    ['Rappelant', 'sa résolution 70/125 du 16 décembre 2015 sur le document final de la', 'réunion de haut niveau de l’Assemblée générale,'],
    ['Réaffirmant', 'l’engagement pris de bâtir une société de l’information à dimension', 'humaine, inclusive et privilégiant le développement ;'],
  ],
  numbered: [
    ['Réaffirme la vision du Sommet mondial sur la société de l’information ;'],
    ['Décide de prolonger le mandat du Forum sur la gouvernance d’Internet, qui', 'devient permanent ;'],
    ['Engage toutes les parties prenantes à agir, notamment :'],
    ['Élargit la coopération.'],
  ],
  subParagraphs: [
    ['a)', 'En élargissant la connectivité ;'],
    ['b)', 'En renforçant les compétences.'],
  ],
  heading: 'Combler les fractures numériques',
  annex: 'Annexe',
};

const SPANISH: Words = {
  language: 'S',
  chapeau: 'La Asamblea General',
  preambles: [
    ['Recordando', 'su resolución 70/125, de 16 de diciembre de 2015, relativa al documento', 'final de la reunión de alto nivel de la Asamblea General,'],
    ['Reconociendo', 'que la sociedad de la información debe estar centrada en las personas,', 'ser inclusiva y estar orientada al desarrollo,'],
  ],
  numbered: [
    ['Reafirma la visión de la Cumbre Mundial sobre la Sociedad de la Información;'],
    ['Decide prorrogar el mandato del Foro para la Gobernanza de Internet, que', 'pasa a ser permanente;'],
    ['Exhorta a todas las partes interesadas a actuar, en particular:'],
    ['Amplía la cooperación.'],
  ],
  subParagraphs: [
    ['a)', 'Ampliando la conectividad;'],
    ['b)', 'Reforzando las competencias.'],
  ],
  heading: 'Reducir las brechas digitales',
  annex: 'Anexo',
};

describe.each([
  ['English', ENGLISH],
  ['French', FRENCH],
  ['Spanish', SPANISH],
])('segmentPdf on a resolution in %s', (_, words) => {
  const doc = resolution(words);

  it('labels preambular and numbered paragraphs as in English, restarting in the annex', () => {
    expect(doc.paragraphs.map((p) => `${p.part}:${p.label}:${p.kind}`)).toEqual([
      '0:PP1:preambular',
      '0:PP2:preambular',
      '0:10:operative',
      '0:11:operative',
      '0:12:operative',
      '1:1:operative',
    ]);
  });

  it('keeps the italic lead word with its preambular paragraph and the chapeau out', () => {
    expect(doc.paragraphs[0]?.text).toMatch(new RegExp(`^${words.preambles[0]![0]} `));
    expect(doc.paragraphs.some((p) => p.text.includes(words.chapeau))).toBe(false);
  });

  it('keeps "a)" sub-paragraphs in their paragraph, and the section heading and annex as headings', () => {
    const twelve = doc.paragraphs.find((p) => p.label === '12' && p.part === 0);
    // One text normalisation for every language: no space before ";" and ":" (French sets one).
    const expected = `${words.numbered[2]!.join(' ')} ${words.subParagraphs.map((s) => s.join(' ')).join(' ')}`.replace(/ ([;:])/g, '$1');
    expect(twelve?.text).toBe(expected);
    expect(doc.headings.map((h) => `${h.part}:${h.text}`)).toEqual([`0:${words.heading}`, `1:${words.annex}`]);
    expect(doc.paragraphs[2]?.heading).toBe(words.heading);
  });
});

describe('segmentPdf on numbers followed by a word in another script', () => {
  it('reads Russian preambles (lower-case gerunds) and Russian and Chinese operative paragraphs by their numbers', () => {
    const russian = segmentPdf([
      page(
        1,
        line(760, { str: 'Генеральная Ассамблея', x: 147.1, font: 'italic' }, ','),
        ...preamble(740, 'ссылаясь', 'на свою резолюцию 70/125 от 16 декабря 2015 года об итоговом документе', 'совещания высокого уровня,'),
        ...preamble(712, 'вновь подтверждая', 'свою резолюцию 70/1 от 25 сентября 2015 года,'),
        ...numbered(688, '1', 'Подтверждает приверженность целям Всемирной встречи;'),
        ...numbered(664, '2', 'Постановляет продлить мандат Форума.'),
      ),
    ]);
    expect(russian.paragraphs.map((p) => `${p.label}:${p.kind}`)).toEqual(['PP1:preambular', 'PP2:preambular', '1:operative', '2:operative']);
    expect(russian.paragraphs[0]?.text).toBe('ссылаясь на свою резолюцию 70/125 от 16 декабря 2015 года об итоговом документе совещания высокого уровня,');
    const chinese = segmentPdf([page(1, ...numbered(700, '1', '重申对信息社会世界峰会愿景的承诺；'), ...numbered(676, '2', '决定延长互联网治理论坛的任务期限。'))]);
    expect(chinese.paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['1', '重申对信息社会世界峰会愿景的承诺；'],
      ['2', '决定延长互联网治理论坛的任务期限。'],
    ]);
  });
});

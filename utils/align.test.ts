// Paragraph alignment: ground-truth revision pairs (tests/fixtures/revisions, made by
// scripts/fixtures/make-revision-pairs.mts), one focused case per change kind, and the invariants.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, equalityKey, type AlignInput, type AlignmentUnit } from './align';
import { scoreAlignment } from './align/accuracy';
import { wordHashes } from './align/normalize';

interface RevisionPair {
  name: string;
  old: AlignInput[];
  new: AlignInput[];
  truth: AlignmentUnit[];
}

const PAIR_DIR = 'tests/fixtures/revisions';
const pairs: RevisionPair[] = readdirSync(PAIR_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(PAIR_DIR, f), 'utf8')) as RevisionPair);

const TEXTS = [
  'We reaffirm our commitment to the vision of the World Summit on the Information Society to build a people-centred, inclusive and development-oriented information society.',
  'We reaffirm the principle of the sovereign equality of all States and the equitable participation of Governments and other stakeholders from all countries.',
  'We welcome the tremendous growth in connectivity and development of the Internet and online services that has taken place since the World Summit.',
  'We recognize that digital development and digital inclusion are critical instruments in enabling progress towards the Sustainable Development Goals.',
  'We are concerned by the critical digital divides between and within countries in the development of, access to and use of digital technologies.',
  'We reaffirm that gender equality and the empowerment of all women and girls are essential to close the gender digital divide and advance sustainable development.',
  'We are committed to addressing the specific challenges faced by children, youth, older persons, persons with disabilities and Indigenous Peoples.',
  'We recognize that the pace and power of emerging technologies are creating new possibilities but also new risks for humanity, some of which are not yet fully known.',
  'We acknowledge that digital public goods and digital public infrastructure are critical drivers of inclusive digital transformation and innovation.',
  'We decide that the Internet Governance Forum shall be a permanent forum of the United Nations, with a secretariat in the Department of Economic and Social Affairs.',
  'We request the Secretary-General to submit a proposal on sustainable funding of the Forum during the eightieth session of the General Assembly.',
  'We call upon all stakeholders to strengthen the resilience of submarine cables and satellite links, in accordance with international law.',
];

/** Paragraphs numbered 1, 2, 3 … from `first`, the way every revision renumbers. */
function numbered(texts: readonly string[], first = 1): AlignInput[] {
  return texts.map((text, i) => ({ label: String(first + i), text }));
}

function changes(units: readonly AlignmentUnit[]): string[] {
  return units.map((u) => `${u.old.join('+') || '∅'}→${u.new.join('+') || '∅'} ${u.change}`);
}

/** Every paragraph in exactly one unit; new paragraphs in document order; a deletion sits after an old predecessor. */
function expectInvariants(oldParas: readonly AlignInput[], newParas: readonly AlignInput[], units: readonly AlignmentUnit[]): void {
  const oldSeen = units.flatMap((u) => u.old);
  const newSeen = units.flatMap((u) => u.new);
  expect([...oldSeen].sort()).toEqual(oldParas.map((p) => p.label).sort());
  expect(newSeen).toEqual(newParas.map((p) => p.label)); // exactly once each, in new-document order
  const oldIndex = new Map(oldParas.map((p, i) => [p.label, i]));
  units.forEach((u, at) => {
    expect(u.old.length + u.new.length).toBeGreaterThan(0);
    expect(u.similarity).toBeGreaterThanOrEqual(0);
    expect(u.similarity).toBeLessThanOrEqual(1);
    if (u.change !== 'deleted') return;
    const o = oldIndex.get(u.old[0]!)!;
    if (o === 0) return;
    // The unit of the previous old paragraph comes earlier, unless that paragraph moved away.
    const previousAt = units.findIndex((v) => v.old.includes(oldParas[o - 1]!.label));
    if (units[previousAt]!.change !== 'moved') expect(previousAt).toBeLessThan(at);
  });
}

describe('alignParagraphs on ground-truth revision pairs', () => {
  it('has revision pairs to test, including one of 150 paragraphs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    expect(pairs.some((p) => p.old.length >= 150)).toBe(true);
    const kinds = new Set(pairs.flatMap((p) => p.truth.map((u) => u.change)));
    expect([...kinds].sort()).toEqual(['added', 'deleted', 'merged', 'modified', 'moved', 'split', 'unchanged']);
  });

  it('gets at least 99 % of the units right across all pairs', () => {
    let correct = 0;
    let total = 0;
    for (const pair of pairs) {
      const score = scoreAlignment(alignParagraphs(pair.old, pair.new), pair.truth);
      correct += score.correct;
      total += score.total;
    }
    expect(correct / total).toBeGreaterThanOrEqual(0.99);
  });

  it.each(pairs.map((p) => [p.name, p] as const))('%s: keeps the invariants', (_name, pair) => {
    expectInvariants(pair.old, pair.new, alignParagraphs(pair.old, pair.new));
  });
});

describe('alignParagraphs, one change at a time', () => {
  it('finds nothing changed when only renumbering, whitespace, hyphenation, quotes and footnote markers differ', () => {
    const oldParas = numbered(TEXTS, 97);
    const noisy = TEXTS.map((t, i) =>
      [
        t.replace(/ /g, '  ').replace('the ', 'the\n'),
        t.replace('development', 'develop- ment').replace('Information', 'Infor-\nmation'),
        t.replace(/\.$/, '.12'),
        t.replace(/,/, ', 4'),
        t.replace('people-centred', 'people -centred').replace(/'/g, '’'),
        `“${t.slice(0, -1)}”.`.replace(/^“/, '"').replace(/”\.$/, '".'),
      ][i % 6]!,
    );
    const quoted = numbered(noisy, 98);
    // The quoted variant changes punctuation for real; compare it against a quoted original.
    oldParas[5] = { ...oldParas[5]!, text: `“${TEXTS[5]!.slice(0, -1)}”.` };
    oldParas[11] = { ...oldParas[11]!, text: `“${TEXTS[11]!.slice(0, -1)}”.` };
    const units = alignParagraphs(oldParas, quoted);
    expect(units.map((u) => u.change)).toEqual(TEXTS.map(() => 'unchanged'));
    expect(units.map((u) => [u.old[0], u.new[0]])).toEqual(TEXTS.map((_, i) => [String(97 + i), String(98 + i)]));
    expect(units.every((u) => u.similarity === 1)).toBe(true);
  });

  it('marks a paragraph with word edits as modified, with its similarity', () => {
    const edited = [...TEXTS];
    edited[3] = TEXTS[3]!.replace('We recognize', 'We acknowledge').replace('critical instruments', 'essential instruments, inter alia,');
    const units = alignParagraphs(numbered(TEXTS), numbered(edited));
    expect(changes(units)[3]).toBe('4→4 modified');
    expect(units[3]!.similarity).toBeGreaterThan(0.5);
    expect(units[3]!.similarity).toBeLessThan(1);
    expect(units.filter((u) => u.change !== 'unchanged')).toHaveLength(1);
  });

  it('treats a change of case as a modification, not as noise', () => {
    const edited = [...TEXTS];
    edited[0] = TEXTS[0]!.replace('Information Society', 'information society');
    expect(alignParagraphs(numbered(TEXTS), numbered(edited))[0]!.change).toBe('modified');
  });

  it('finds an added paragraph and renumbers the rest through it', () => {
    const added = 'We invite regional commissions to report on community networks in rural and remote areas within existing resources.';
    const next = [...TEXTS.slice(0, 4), added, ...TEXTS.slice(4)];
    const units = alignParagraphs(numbered(TEXTS), numbered(next));
    expect(changes(units).slice(3, 6)).toEqual(['4→4 unchanged', '∅→5 added', '5→6 unchanged']);
    expect(units[4]!.similarity).toBe(0);
  });

  it('places a deleted paragraph where it stood in the old text', () => {
    const next = [...TEXTS.slice(0, 6), ...TEXTS.slice(7)];
    const units = alignParagraphs(numbered(TEXTS), numbered(next));
    expect(changes(units).slice(5, 8)).toEqual(['6→6 unchanged', '7→∅ deleted', '8→7 unchanged']);
  });

  it('places a deletion of the first paragraph first', () => {
    const units = alignParagraphs(numbered(TEXTS), numbered(TEXTS.slice(1)));
    expect(changes(units)[0]).toBe('1→∅ deleted');
  });

  it('finds a paragraph moved out of order, and keeps the others unchanged', () => {
    const next = [...TEXTS.slice(0, 2), ...TEXTS.slice(3, 10), TEXTS[2]!, ...TEXTS.slice(10)];
    const units = alignParagraphs(numbered(TEXTS), numbered(next));
    expect(units.filter((u) => u.change === 'moved').map((u) => [u.old, u.new])).toEqual([[['3'], ['10']]]);
    expect(units.filter((u) => u.change !== 'moved').every((u) => u.change === 'unchanged')).toBe(true);
    expectInvariants(numbered(TEXTS), numbered(next), units);
  });

  it('finds a paragraph split into two consecutive ones', () => {
    const long = `${TEXTS[9]} ${TEXTS[10]}`;
    const oldParas = numbered([...TEXTS.slice(0, 9), long, TEXTS[11]!]);
    const newParas = numbered(TEXTS);
    const units = alignParagraphs(oldParas, newParas);
    expect(changes(units)).toContain('10→10+11 split');
    expect(units.find((u) => u.change === 'split')!.similarity).toBeGreaterThan(0.95);
    expect(units.filter((u) => u.change !== 'split').every((u) => u.change === 'unchanged')).toBe(true);
  });

  it('finds an uneven split, where the short part alone looks nothing like the old paragraph', () => {
    const tail = 'We also recall the financing commitments made in Addis Ababa.';
    const oldParas = numbered([TEXTS[0]!, `${TEXTS[1]} ${TEXTS[7]} ${tail}`, TEXTS[2]!]);
    const newParas = numbered([TEXTS[0]!, `${TEXTS[1]} ${TEXTS[7]}`, tail, TEXTS[2]!]);
    expect(changes(alignParagraphs(oldParas, newParas))).toEqual(['1→1 unchanged', '2→2+3 split', '3→4 unchanged']);
  });

  it('finds two consecutive paragraphs merged into one', () => {
    const merged = `${TEXTS[4]} ${TEXTS[5]!.replace('We reaffirm', 'We further reaffirm')}`;
    const newParas = numbered([...TEXTS.slice(0, 4), merged, ...TEXTS.slice(6)]);
    const units = alignParagraphs(numbered(TEXTS), newParas);
    expect(changes(units)).toContain('5+6→5 merged');
    expect(units.filter((u) => u.change !== 'merged').every((u) => u.change === 'unchanged')).toBe(true);
  });

  it('pairs a heavily reworded paragraph that stayed in place, rather than calling it deleted and added', () => {
    const edited = [...TEXTS];
    edited[6] = 'We are committed to addressing the specific needs of children, youth, older persons, migrants and refugees, and of future generations, in digital policies.';
    const units = alignParagraphs(numbered(TEXTS), numbered(edited));
    expect(changes(units)[6]).toBe('7→7 modified');
  });

  it('does not pair an unrelated new paragraph with a deleted one', () => {
    const edited = [...TEXTS];
    edited[6] = 'We invite regional commissions to report on community networks in rural and remote areas within existing resources.';
    const units = alignParagraphs(numbered(TEXTS), numbered(edited));
    expect(changes(units).slice(6, 8)).toEqual(['7→∅ deleted', '∅→7 added']);
  });

  it('keys annex paragraphs by part, so equal labels in the main text and an annex stay apart', () => {
    const oldParas: AlignInput[] = [
      { label: '1', text: TEXTS[0]!, part: 0 },
      { label: '1', text: TEXTS[1]!, part: 1 },
    ];
    const units = alignParagraphs(oldParas, oldParas);
    expect(units.map((u) => [u.old, u.new])).toEqual([
      [['1'], ['1']],
      [['A1:1'], ['A1:1']],
    ]);
  });

  it('aligns identical duplicate paragraphs in order', () => {
    const texts = [TEXTS[0]!, TEXTS[1]!, TEXTS[0]!, TEXTS[2]!];
    expect(changes(alignParagraphs(numbered(texts), numbered(texts)))).toEqual(['1→1 unchanged', '2→2 unchanged', '3→3 unchanged', '4→4 unchanged']);
  });

  it('handles empty sides', () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(changes(alignParagraphs(numbered(TEXTS.slice(0, 2)), []))).toEqual(['1→∅ deleted', '2→∅ deleted']);
    expect(changes(alignParagraphs([], numbered(TEXTS.slice(0, 2))))).toEqual(['∅→1 added', '∅→2 added']);
  });
});

describe('equalityKey', () => {
  it('drops footnote markers but keeps numbers that are text', () => {
    expect(equalityKey('the Universal Declaration of Human Rights.2')).toBe('the Universal Declaration of Human Rights.');
    expect(equalityKey('the Geneva Declaration of Principles, 3 the Geneva Plan of Action')).toBe('the Geneva Declaration of Principles, the Geneva Plan of Action');
    expect(equalityKey('paragraphs 97, 98 and 99 of resolution 70/125 and A/80/L.41')).toBe('paragraphs 97, 98 and 99 of resolution 70/125 and A/80/L.41');
  });

  it('undoes hyphenation and unifies quotes, dashes and spaces', () => {
    expect(equalityKey('develop- ment of “high -level”  events — now')).toBe(equalityKey('development of "high-level" events - now'));
  });
});

describe('wordHashes', () => {
  it('hashes words ignoring case, hyphenation and soft hyphens', () => {
    expect(wordHashes('develop- ment high -level De\u00ADvelopment')).toEqual(wordHashes('development highlevel development'));
    expect(wordHashes('“Développement” — États')).toEqual(wordHashes('développement états'));
    expect(wordHashes('States - all')).toHaveLength(2);
  });

  it('hashes a word the same next to non-ASCII text, ignoring case', () => {
    const ascii = wordHashes('Digital public-goods, 2030');
    const unicode = wordHashes('DIGITAL Public- Goods, 2030 — développement');
    expect(ascii).toHaveLength(3);
    expect(unicode.slice(0, 3)).toEqual(ascii);
    expect(new Set(ascii).size).toBe(3);
  });
});

describe('alignParagraphs on random edits, adjacent ones included', () => {
  const source = pairs.find((p) => p.name === 'full-150')!.old;

  /** A small seeded generator (mulberry32), so a failure can be replayed. */
  function seeded(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i keeps the invariants', (seed) => {
    const random = seeded(seed);
    const oldTexts = source.slice(0, 40 + Math.floor(random() * 60)).map((p) => p.text);
    const newTexts: string[] = [];
    for (let i = 0; i < oldTexts.length; i++) {
      const text = oldTexts[i]!;
      const roll = random();
      if (roll < 0.08) continue; // deleted
      if (roll < 0.14) newTexts.push(source[source.length - 1 - i]!.text); // unrelated addition
      if (roll < 0.2) newTexts.push(...text.split(/(?<=\.) (?=[A-Z])/)); // split where it can
      else if (roll < 0.26 && i + 1 < oldTexts.length) newTexts.push(`${text} ${oldTexts[++i]}`); // merged
      else if (roll < 0.4) newTexts.push(text.replace(/ the /, ' all the ').replace(/\.$/, ', as appropriate.'));
      else newTexts.push(text);
    }
    if (random() < 0.5 && newTexts.length > 10) newTexts.push(...newTexts.splice(2, 1)); // moved to the end
    const oldParas = numbered(oldTexts);
    const newParas = numbered(newTexts, 1);
    expectInvariants(oldParas, newParas, alignParagraphs(oldParas, newParas));
  });
});

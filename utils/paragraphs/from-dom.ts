// Reads numbered paragraphs, preambular paragraphs and headings out of an HTML page, in one pass over
// the DOM: no layout reads (no innerText, no getComputedStyle), so it stays cheap on 800-paragraph pages.
// The walk queues each block with its raw text; the texts are normalised together, then the queue runs
// in document order (one normalisation pass over the page instead of one per block).
import { ANNEX_WORD } from './annex-word';
import { explicitLabel, type ExplicitLabel } from './explicit-label';
import type { Heading, Paragraph, SegmentedDocument } from './model';
import { INSERTED_SUFFIXES, insertedAfter } from './inserted-paragraph';
import { normalizeParagraphText, normalizeParagraphTexts } from './normalize-text';
import { endsLikePreambular, isPreambularOpening } from './preambular';

type DomParagraph = Paragraph<Element>;

/** Never content: chrome, scripts, forms. */
const SKIPPED_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'svg', 'button', 'form',
  'select', 'textarea', 'iframe', 'object', 'canvas', 'dialog', 'menu',
]);
const HIDDEN_CLASS = /(?:^|[\t\n\f\r ])(?:visually-hidden|sr-only|element-invisible|hidden|d-none|screen-reader-text)(?=[\t\n\f\r ]|$)/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that hold paragraphs when they hold no block of their own. */
const LEAF_CANDIDATES = new Set(['p', 'div', 'blockquote', 'dd', 'section', 'td']);
/** A child of one of these makes its parent a container rather than a paragraph. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'ol', 'ul', 'li', 'table', 'blockquote', 'section', 'article', 'dl', 'main', 'header', 'footer',
  'nav', 'aside', 'figure', 'pre', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const SEPARATE_BLOCKS = new Set(['p', 'div', 'li', 'br', 'ol', 'ul', 'dd', 'dt', 'blockquote', 'tr', 'td']);

/** "12. We …" (also "12.We", "12.\tWe"). */
/** Also before Chinese or Arabic text ("12.重申"), by explicit ranges: \p{Lo} compiles to a large table. */
const DOTTED_NUMBER = /^(\d{1,3})\.(?:\s+|(?=[\p{Lu}\u0600-\u06FF\u3400-\u9FFF“"‘'(]))([\s\S]*)$/u;
/** Its usual case, "12. We", the same match without the Unicode class (compiled, on a page, only if needed). */
const DOTTED_NUMBER_SPACED = /^(\d{1,3})\.\s+([\s\S]*)$/;
/** "12 bis. We …": a paragraph inserted in negotiation without renumbering (label "12bis"). */
const INSERTED_NUMBER = new RegExp(String.raw`^(\d{1,3})\s?(${INSERTED_SUFFIXES})\.\s*([\s\S]*)$`);
/** "12 We …": a bare number, only before a capitalised word (a 4-digit "2030 Agenda" never matches). */
const BARE_NUMBER = /^(\d{1,3})\s+(\p{Lu}[\p{L}’'\-]*)([\s\S]*)$/u;
/** Capitalised words that follow a number without it being a paragraph number ("16 December", "193 Member States"). */
const NOT_AFTER_BARE_NUMBER = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Member', 'Members', 'States', 'Sustainable', 'Goals', 'SDGs', 'Years', 'Per',
]);
const SUB_PARAGRAPH = /^\((?:[a-z]{1,2}|[ivxlc]{1,6})\)\s/i;
/** "a)", "iv)": sub-paragraphs in the French and Spanish versions (lower case only). */
const SUB_PARAGRAPH_CLOSING = /^(?:[a-z]|[ivx]{1,5})\)\s/;
/**
 * "Annex" in any language version, then nothing but a number or punctuation. No Unicode classes: it is
 * tested on every heading of every WSIS page, and those compile to large tables.
 */
const ANNEX = new RegExp(String.raw`^${ANNEX_WORD}(?=$|[\s\d.,:;()*–—-])`, 'i');
const BOLD_HEADING_MAX_CHARS = 150;
const TITLE_MAX_CHARS = 1000;

export function segmentDom(root: ParentNode): SegmentedDocument<Element> {
  const scope = contentScope(root);
  const reader = new DomReader();
  reader.visitChildren(scope);
  return reader.result(pageTitleOutside(root, scope));
}

/** Drupal puts the page's h1 in a block beside the body field; it still heads the title block. */
function pageTitleOutside(root: ParentNode, scope: ParentNode): string | null {
  if (scope === root) return null;
  const h1 = root.querySelector('h1');
  if (!h1 || ('contains' in scope && scope.contains(h1))) return null;
  return blockText(h1) || null;
}

/**
 * The page's content: main, else article, else a lone Drupal body field, else everything. Not narrower
 * than main: Drupal pages also carry text in fields other than the body, and chrome inside main
 * (breadcrumbs, sidebars) is nav/aside, which the walk skips anyway.
 */
function contentScope(root: ParentNode): ParentNode {
  const main = root.querySelector('main, [role="main"]') ?? root.querySelector('article');
  if (main) return main;
  const bodies = root.querySelectorAll('.field--name-body');
  return bodies.length === 1 && bodies[0] ? bodies[0] : root;
}

class DomReader {
  readonly #paragraphs: DomParagraph[] = [];
  readonly #headings: Heading<Element>[] = [];
  readonly #titleParts: string[] = [];
  #titleLength = 0;
  #heading: string | null = null;
  #part = 0;
  #preambularCount = 0;
  #lastNumber: number | null = null;
  #pageTitleTaken = false;
  /** The number the next item of each numbered <ol> gets. */
  readonly #nextItemNumber = new Map<Element, number>();
  /** What the walk found, in document order, each with the raw text it reads (null: none). */
  readonly #queue: { raw: string | null; read: (text: string) => void }[] = [];

  visitChildren(parent: ParentNode): void {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isSkipped(child)) continue;
      const el = child;
      const tag = el.localName;
      if (HEADING_TAGS.has(tag)) this.#later(el, (text) => this.#readHeading(el, tag === 'h1', text));
      else if (tag === 'ol') this.#readOrderedList(el);
      else if (tag === 'li') this.#readListItem(el);
      else if (tag === 'tr' && this.#readNumberedRow(el)) continue;
      else if (LEAF_CANDIDATES.has(tag) && !hasBlockChild(el)) this.#later(el, (text) => this.#readBlock(el, text));
      else this.visitChildren(el);
    }
  }

  /** Queues a read of the element's text (or of nothing). */
  #later(el: Element | null, read: (text: string) => void): void {
    this.#queue.push({ raw: el && rawText(el), read });
  }

  result(pageTitle: string | null): SegmentedDocument<Element> {
    const raws: string[] = [];
    for (const { raw } of this.#queue) if (raw !== null) raws.push(raw);
    const texts = normalizeParagraphTexts(raws);
    let next = 0;
    for (const { raw, read } of this.#queue) read(raw === null ? '' : (texts[next++] ?? ''));
    const parts = pageTitle ? [pageTitle, ...this.#titleParts] : this.#titleParts;
    const title = parts.join(' ').slice(0, TITLE_MAX_CHARS) || null;
    return { paragraphs: this.#paragraphs, headings: this.#headings, title };
  }

  get #hasOperative(): boolean {
    return this.#lastNumber !== null;
  }

  #readHeading(el: Element, isH1: boolean, text: string): void {
    if (!text) return;
    // The page's own title (the first h1 before any paragraph) names the document, not a section.
    if (isH1 && !this.#pageTitleTaken && this.#paragraphs.length === 0) {
      this.#pageTitleTaken = true;
      this.#addToTitle(text);
      return;
    }
    this.#addHeading(text, el);
  }

  #addHeading(text: string, el: Element): void {
    if (ANNEX.test(text) && this.#paragraphs.length > 0) {
      // Annexes restart the numbering.
      this.#part += 1;
      this.#lastNumber = null;
      this.#preambularCount = 0;
    }
    if (this.#paragraphs.length === 0) this.#addToTitle(text);
    this.#heading = text;
    this.#headings.push({ text, page: null, part: this.#part, anchor: el });
  }

  #readOrderedList(ol: Element): void {
    if (isSubParagraphList(ol)) {
      // (a), (b) … standing after "12. We commit to:" belong to paragraph 12.
      this.#later(ol, (text) => {
        const last = this.#paragraphs.at(-1);
        if (last) last.text = joinText(last.text, text);
      });
      return;
    }
    this.#nextItemNumber.set(ol, listStart(ol));
    this.visitChildren(ol);
  }

  #readListItem(li: Element): void {
    const list = li.parentElement;
    if (!list || list.localName !== 'ol' || !this.#nextItemNumber.has(list)) {
      this.#later(li, (text) => this.#readBlock(li, text)); // <ul> items: numbered only if their text says so
      return;
    }
    const explicit = Number.parseInt(li.getAttribute('value') ?? '', 10);
    const number = Number.isFinite(explicit) ? explicit : (this.#nextItemNumber.get(list) ?? 1);
    this.#nextItemNumber.set(list, number + 1);
    if (isOnlyALink(li)) return; // a list of documents, not of paragraphs
    this.#later(li, (text) => {
      if (!text) return;
      // Some pages repeat the number in the text as well as in the list.
      const repeated = DOTTED_NUMBER.exec(text);
      this.#addOperative(number, repeated && Number(repeated[1]) === number ? (repeated[2] ?? '') : text, li);
    });
  }

  /** Older UN pages lay paragraphs out as table rows: <tr><td>12.</td><td>We …</td></tr>. */
  #readNumberedRow(tr: Element): boolean {
    const first = tr.firstElementChild;
    const rest = first?.nextElementSibling;
    if (!first || !rest || (first.localName !== 'td' && first.localName !== 'th')) return false;
    const number = /^(\d{1,3})\.?$/.exec(blockText(first));
    if (!number) return false;
    const cells: string[] = [];
    for (let cell: Element | null = rest; cell; cell = cell.nextElementSibling) cells.push(blockText(cell));
    const text = cells.filter(Boolean).join(' ');
    if (!text) return false;
    this.#later(null, () => this.#addOperative(Number(number[1]), text, tr));
    return true;
  }

  #readBlock(el: Element, text: string): void {
    if (!text) return;
    const explicit = explicitLabel(text);
    if (explicit) {
      this.#addExplicit(explicit, el);
      return;
    }
    const numbered = this.#numberOf(text);
    if (numbered) {
      this.#addOperative(numbered.number, numbered.rest, el, numbered.label);
      return;
    }
    const last = this.#paragraphs.at(-1);
    if ((SUB_PARAGRAPH.test(text) || SUB_PARAGRAPH_CLOSING.test(text)) && last) {
      last.text = joinText(last.text, text);
      return;
    }
    if (isBoldOnly(el, text)) {
      // Before the text starts, a bold line is part of the title block ("Revision 2, clean version").
      if (this.#paragraphs.length === 0) this.#addToTitle(text);
      else this.#addHeading(text, el);
      return;
    }
    if (!this.#hasOperative && isPreambular(el, text)) {
      this.#preambularCount += 1;
      this.#paragraphs.push(this.#paragraph(`PP${this.#preambularCount}`, 'preambular', text, el));
      return;
    }
    if (this.#paragraphs.length === 0) this.#addToTitle(text);
  }

  #numberOf(text: string): { number: number; label: string; rest: string } | null {
    const dotted = DOTTED_NUMBER_SPACED.exec(text) ?? DOTTED_NUMBER.exec(text);
    if (dotted) return { number: Number(dotted[1]), label: String(Number(dotted[1])), rest: dotted[2] ?? '' };
    const inserted = INSERTED_NUMBER.exec(text);
    if (inserted) {
      const number = Number(inserted[1]);
      if (this.#lastNumber !== null && !insertedAfter(number, this.#lastNumber)) return null;
      return { number, label: `${number}${inserted[2]}`, rest: inserted[3] ?? '' };
    }
    const bare = BARE_NUMBER.exec(text);
    if (!bare || NOT_AFTER_BARE_NUMBER.has(bare[2] ?? '')) return null;
    const number = Number(bare[1]);
    // A bare number is a paragraph number only where the numbering expects it.
    if (this.#lastNumber !== null && number !== this.#lastNumber + 1) return null;
    return { number, label: String(number), rest: `${bare[2] ?? ''}${bare[3] ?? ''}` };
  }

  /** "PP3 Recalling …", "OP12. Decides …": the label as printed. */
  #addExplicit({ kind, number, label, rest }: ExplicitLabel, el: Element): void {
    if (kind === 'operative') {
      this.#addOperative(number, rest, el, label);
      return;
    }
    // Unlabelled preambles after it go on from its number.
    this.#preambularCount = number;
    this.#paragraphs.push(this.#paragraph(label, 'preambular', rest, el));
  }

  /** `label`: "12bis" for an inserted paragraph; the number otherwise. */
  #addOperative(number: number, text: string, el: Element, label = String(number)): void {
    this.#lastNumber = number;
    this.#paragraphs.push(this.#paragraph(label, 'operative', text, el));
  }

  #paragraph(label: string, kind: DomParagraph['kind'], text: string, el: Element): DomParagraph {
    return { label, kind, text: text.trim(), page: null, heading: this.#heading, part: this.#part, anchor: el };
  }

  #addToTitle(text: string): void {
    if (this.#titleLength >= TITLE_MAX_CHARS) return;
    this.#titleParts.push(text);
    this.#titleLength += text.length + 1;
  }
}

// ---------------------------------------------------------------- element tests

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  // Most paragraphs carry no attributes at all: one question instead of four (this runs for every element).
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  // The class attribute rather than classList: no token list to build for every element of the page.
  const classes = el.getAttribute('class');
  return classes !== null && HIDDEN_CLASS.test(classes);
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.localName)) return true;
  }
  return false;
}

function isSubParagraphList(ol: Element): boolean {
  const type = ol.getAttribute('type');
  if (type && /^[aAiI]$/.test(type)) return true;
  return /list-style(?:-type)?\s*:\s*[^;]*(?:alpha|roman|latin)/i.test(ol.getAttribute('style') ?? '');
}

function listStart(ol: Element): number {
  const start = Number.parseInt(ol.getAttribute('start') ?? '', 10);
  return Number.isFinite(start) ? start : 1;
}

function isOnlyALink(li: Element): boolean {
  const only = li.firstElementChild;
  if (!only || only !== li.lastElementChild || only.localName !== 'a') return false;
  return (only.textContent ?? '').trim() === (li.textContent ?? '').trim();
}

/** A short paragraph all in bold ("<p><strong>Internet governance</strong></p>") is a heading. */
function isBoldOnly(el: Element, text: string): boolean {
  if (text.length > BOLD_HEADING_MAX_CHARS || /[,;]$/.test(text)) return false;
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild || (only.localName !== 'strong' && only.localName !== 'b')) return false;
  return (only.textContent ?? '').trim() === (el.textContent ?? '').trim();
}

/** The PDF reader's rule: a preambular opening (chapeaus excluded) and a preambular ending. */
function isPreambular(el: Element, text: string): boolean {
  return endsLikePreambular(text) && isPreambularOpening(text, leadWordStyled(el));
}

/** Whether the first word is in italics (<em>, <i>, or an inline font-style), as UN preambles set it. */
function leadWordStyled(el: Element): boolean {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue || !node.nodeValue.trim()) continue;
    for (let up = node.parentElement; up && up !== el; up = up.parentElement) {
      if (up.localName === 'em' || up.localName === 'i') return true;
      if (/font-style\s*:\s*italic/i.test(up.getAttribute('style') ?? '')) return true;
    }
    return false;
  }
  return false;
}

// ---------------------------------------------------------------- text

/** The block's text, normalised; footnote markers and hidden text left out, nested (a), (b) items marked. */
function blockText(el: Element): string {
  return normalizeParagraphText(rawText(el));
}

/** The same before normalisation. */
function rawText(el: Element): string {
  // Plain text needs no care; anything else is walked once (cheaper than asking selectors about it).
  return el.firstElementChild ? carefulText(el) : (el.textContent ?? '');
}

function carefulText(el: Element): string {
  const out: string[] = [];
  collectText(el, out);
  return out.join('');
}

function collectText(parent: Node, out: string[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'sup' || isSkipped(el)) continue;
    const separate = SEPARATE_BLOCKS.has(tag);
    if (separate) out.push(' ');
    if (tag === 'li') {
      const marker = subItemMarker(el);
      if (marker) out.push(marker, ' ');
    }
    collectText(el, out);
    if (separate) out.push(' ');
  }
}

/** "(a)", "(ii)" for an item of a lettered or roman list nested in a paragraph; plain nested lists get letters. */
function subItemMarker(li: Element): string | null {
  const list = li.parentElement;
  if (!list || list.localName !== 'ol') return null;
  let index = listStart(list) - 1;
  for (let sibling = list.firstElementChild; sibling && sibling !== li; sibling = sibling.nextElementSibling) {
    if (sibling.localName === 'li') index += 1;
  }
  const type = list.getAttribute('type') ?? (/roman/i.test(list.getAttribute('style') ?? '') ? 'i' : 'a');
  const marker = type === 'i' || type === 'I' ? roman(index + 1) : letters(index);
  return `(${type === 'A' || type === 'I' ? marker.toUpperCase() : marker})`;
}

function letters(index: number): string {
  // a … z, then aa, bb … as UN documents continue.
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

function roman(n: number): string {
  const numerals: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = Math.max(1, Math.min(n, 39));
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

function joinText(a: string, b: string): string {
  return b ? (a ? `${a} ${b}` : b) : a;
}

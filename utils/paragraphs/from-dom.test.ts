// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectDocument, isWsisPage } from '../detect';
import { segmentDom } from './from-dom';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`, 'text/html');
}

function fixture(name: string): Document {
  // vitest runs from the project root; import.meta.url is not a file URL under jsdom.
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const labels = (doc: ParentNode) => segmentDom(doc).paragraphs.map((p) => p.label);

describe('segmentDom: numbered paragraphs', () => {
  it('reads "N. text" in <p> and <div>, keeping the element as anchor and the text without its number', () => {
    const doc = page('<p>1. We reaffirm our commitment.</p><div>2.\tWe recognize the role of all stakeholders.</div>');
    const { paragraphs } = segmentDom(doc);
    expect(paragraphs.map((p) => [p.label, p.kind, p.text])).toEqual([
      ['1', 'operative', 'We reaffirm our commitment.'],
      ['2', 'operative', 'We recognize the role of all stakeholders.'],
    ]);
    expect(paragraphs[0]?.anchor).toBe(doc.querySelector('p'));
    expect(paragraphs[1]?.anchor).toBe(doc.querySelector('div'));
    expect(paragraphs.every((p) => p.page === null && p.part === 0)).toBe(true);
  });

  it('reads the Drupal bold number, <p><strong>12.</strong> We …</p>, inside the body field', () => {
    const doc = page(`
      <header><p>1. Skip to content</p></header>
      <nav><ol><li>Home</li><li>WSIS+20</li></ol></nav>
      <main><article><div class="field field--name-body">
        <p><strong>12.</strong> We commit to closing the digital divides.</p>
        <p><strong>13.</strong>&nbsp;We emphasize a human-centric approach.</p>
      </div></article>
      <aside><p>3. Related content</p></aside></main>
      <footer><p>4. Copyright United Nations.</p></footer>`);
    const { paragraphs } = segmentDom(doc);
    expect(paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['12', 'We commit to closing the digital divides.'],
      ['13', 'We emphasize a human-centric approach.'],
    ]);
  });

  it('takes a bare "12 We …" only before a capitalised word and in sequence', () => {
    const doc = page(`
      <p>12 We welcome the progress made.</p>
      <p>13 We note with concern the persistent divides.</p>
      <p>2030 Agenda for Sustainable Development remains our guide.</p>
      <p>16 December 2025 is the date of the meeting.</p>
      <p>40 countries have yet to connect half their people.</p>
      <p>20 We would be out of sequence.</p>
      <p>14 We decide to keep the numbering.</p>`);
    expect(labels(doc)).toEqual(['12', '13', '14']);
  });

  it('reads "12 bis." and "12ter." inserted after 12, and not a "5 bis." out of place', () => {
    const doc = page(`
      <p>12. We decide to extend the mandate of the Forum.</p>
      <p>12 bis. We request the Secretary-General to report.</p>
      <p><strong>12ter.</strong> We invite all stakeholders to contribute.</p>
      <p>12quat. We also invite the regional commissions.</p>
      <p>13. We decide to remain seized of the matter.</p>
      <p>5 bis. Out of place, so text.</p>`);
    expect(segmentDom(doc).paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['12', 'We decide to extend the mandate of the Forum.'],
      ['12bis', 'We request the Secretary-General to report.'],
      ['12ter', 'We invite all stakeholders to contribute.'],
      ['12quat', 'We also invite the regional commissions.'],
      ['13', 'We decide to remain seized of the matter.'],
    ]);
  });

  it('takes PP and OP labels as printed in working drafts and compilation texts', () => {
    const doc = page(`
      <p>The General Assembly,</p>
      <p>PP1 Recalling its resolution 70/125,</p>
      <p>PP2. Recognizing the role of the Forum,</p>
      <p><em>Noting</em> the report of the Secretary-General,</p>
      <p>OP1. Decides to extend the mandate of the Forum;</p>
      <p>OP 2 Requests the Secretary-General to report;</p>
      <p>OP2bis. Invites all stakeholders to contribute;</p>
      <p>OP3 and OP4 were merged in this text.</p>`);
    expect(segmentDom(doc).paragraphs.map((p) => [p.label, p.kind, p.text])).toEqual([
      ['PP1', 'preambular', 'Recalling its resolution 70/125,'],
      ['PP2', 'preambular', 'Recognizing the role of the Forum,'],
      ['PP3', 'preambular', 'Noting the report of the Secretary-General,'], // an unlabelled one goes on from there
      ['1', 'operative', 'Decides to extend the mandate of the Forum;'],
      ['2', 'operative', 'Requests the Secretary-General to report;'],
      ['2bis', 'operative', 'Invites all stakeholders to contribute;'],
    ]);
  });

  it('does not read "1.5 degrees" or a number alone as a paragraph', () => {
    expect(labels(page('<p>1.5 degrees is the goal.</p><p>7.</p><p>8</p>'))).toEqual([]);
  });

  it('drops footnote markers and hidden text', () => {
    const doc = page(`
      <p>5. We call upon all business enterprises to respect human rights.<sup><a href="#fn2">2</a></sup></p>
      <p>6. We note <span class="visually-hidden">(screen reader note)</span>the report.</p>
      <p hidden>7. Hidden paragraph.</p>
      <div style="display: none"><p>8. Also hidden.</p></div>
      <div aria-hidden="true"><p>9. Hidden from everyone.</p></div>
      <script>var x = "10. Not a paragraph";</script><style>p::before { content: "11. no"; }</style>`);
    const { paragraphs } = segmentDom(doc);
    expect(paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['5', 'We call upon all business enterprises to respect human rights.'],
      ['6', 'We note the report.'],
    ]);
  });

  it('knows a hiding class among others, and not a class that only starts like one', () => {
    const doc = page(`
      <p>1. Shown.</p>
      <p class="lead\tsr-only">2. Hidden for screens.</p>
      <p class="hidden-xs">3. Shown, though hidden on phones.</p>
      <p class="d-none-print x">4. Shown too.</p>`);
    expect(labels(doc)).toEqual(['1', '3', '4']);
  });

  it('keeps words apart across <br> and collapses whitespace', () => {
    const doc = page('<p>3.   We   recognize<br>the role\n of the\u00a0Forum.</p>');
    expect(segmentDom(doc).paragraphs[0]?.text).toBe('We recognize the role of the Forum.');
  });
});

describe('segmentDom: ordered lists', () => {
  it('numbers <ol> items from start= and value=', () => {
    const doc = page(`
      <ol start="5"><li>We recall the Tunis Agenda.</li><li>We reaffirm the Geneva principles.</li><li>We note the report.</li></ol>
      <ol start="8"><li>We welcome the contributions.</li><li value="20">We decide to continue.</li><li>We request a report.</li></ol>`);
    expect(labels(doc)).toEqual(['5', '6', '7', '8', '20', '21']);
    expect(segmentDom(doc).paragraphs[0]?.anchor).toBe(doc.querySelector('li'));
  });

  it('keeps nested lettered lists inside their parent item, marked (a), (b)', () => {
    const doc = page(`
      <ol start="27">
        <li>We call upon Member States to:<ol type="a"><li>promote investment;</li><li>support community networks.</li></ol></li>
        <li>We decide to review progress.<ol type="i"><li>first;</li><li>second.</li></ol></li>
      </ol>`);
    const { paragraphs } = segmentDom(doc);
    expect(paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['27', 'We call upon Member States to: (a) promote investment; (b) support community networks.'],
      ['28', 'We decide to review progress. (i) first; (ii) second.'],
    ]);
  });

  it('joins (a), (b) sub-paragraphs written as <p> or a lettered <ol> to the paragraph above', () => {
    const doc = page(`
      <p>27. We call upon Member States to:</p>
      <p>(a) promote investment;</p>
      <p>(b)&nbsp;support community networks.</p>
      <p>28. We decide to review progress:</p>
      <ol type="a"><li>annually;</li><li>openly.</li></ol>`);
    const { paragraphs } = segmentDom(doc);
    expect(paragraphs.map((p) => [p.label, p.text])).toEqual([
      ['27', 'We call upon Member States to: (a) promote investment; (b) support community networks.'],
      ['28', 'We decide to review progress: (a) annually; (b) openly.'],
    ]);
  });

  it('reads paragraphs laid out as table rows or cells', () => {
    const doc = page(`
      <table><tbody>
        <tr><td>12.</td><td>We commit to closing the digital divides.</td></tr>
        <tr><td>13</td><td><p>We emphasize a human-centric approach.</p></td></tr>
        <tr><td>14. We note the report.</td></tr>
        <tr><td>Total</td><td>3</td></tr>
      </tbody></table>`);
    const { paragraphs } = segmentDom(doc);
    expect(paragraphs.map((p) => [p.label, p.text, p.anchor.localName])).toEqual([
      ['12', 'We commit to closing the digital divides.', 'tr'],
      ['13', 'We emphasize a human-centric approach.', 'tr'],
      ['14', 'We note the report.', 'td'],
    ]);
  });

  it('strips a number repeated in the item text', () => {
    expect(segmentDom(page('<ol start="3"><li>3. We note the report.</li></ol>')).paragraphs[0]?.text).toBe('We note the report.');
  });

  it('ignores lists of links, such as document lists', () => {
    const doc = page('<ol><li><a href="/zero.pdf">Zero Draft</a></li><li><a href="/rev1.pdf">Rev1</a></li></ol><p>1. We decide.</p>');
    expect(labels(doc)).toEqual(['1']);
  });
});

describe('segmentDom: preambular paragraphs', () => {
  it('labels preambular paragraphs before the first numbered one PP1, PP2 …, and skips chapeaus', () => {
    const doc = page(`
      <p><em>The General Assembly</em>,</p>
      <p>We, the Ministers and high representatives of Member States, having met in New York on 16 and 17 December 2025,</p>
      <p><em>Recalling</em> the Geneva Declaration of Principles and the Tunis Agenda,</p>
      <p><i>Reaffirming</i> its resolution 70/1 of 25 September 2015,</p>
      <p>Deeply concerned by persistent digital divides,</p>
      <p><em>Mindful</em> of the needs of developing countries;</p>
      <p>Adopts the following outcome document:</p>
      <p>1. We reaffirm our commitment.</p>
      <p><em>Recalling</em> also, after the operative part begins, nothing is preambular,</p>`);
    const { paragraphs } = segmentDom(doc);
    expect(paragraphs.map((p) => [p.label, p.kind])).toEqual([
      ['PP1', 'preambular'],
      ['PP2', 'preambular'],
      ['PP3', 'preambular'],
      ['PP4', 'preambular'],
      ['1', 'operative'],
    ]);
    expect(paragraphs[0]?.text).toBe('Recalling the Geneva Declaration of Principles and the Tunis Agenda,');
  });

  it('takes an italic lead word as evidence for an unusual opening', () => {
    const doc = page('<p><em>Cognizant</em> of the challenges,</p><p><em>Resolute</em> in our commitment,</p><p>Resolute in our commitment,</p><p>1. We decide.</p>');
    expect(labels(doc)).toEqual(['PP1', 'PP2', '1']);
  });

  it('does not take unnumbered text that ends with a full stop for a preamble', () => {
    expect(labels(page('<p>Recalling the history of the Summit is useful.</p><p>1. We decide.</p>'))).toEqual(['1']);
  });
});

describe('segmentDom: the French, Spanish and Chinese versions of a resolution', () => {
  it('reads the same labels as in English: italic or plain preambles, "12. Réaffirme", "a)" sub-paragraphs, the annex', () => {
    const french = page(`
      <p><em>L’Assemblée générale</em>,</p>
      <p><em>Rappelant</em> sa résolution 70/125 du 16 décembre 2015,</p>
      <p>Réaffirmant l’engagement pris de bâtir une société de l’information inclusive ;</p>
      <p>11. <em>Décide</em> de prolonger le mandat du Forum ;</p>
      <p>12. <em>Réaffirme</em> la vision du Sommet, notamment :</p>
      <p>a) En élargissant la connectivité ;</p>
      <p>b) En renforçant les compétences.</p>
      <h2>Annexe</h2>
      <p>1. Élargit la coopération.</p>`);
    const { paragraphs } = segmentDom(french);
    expect(paragraphs.map((p) => `${p.part}:${p.label}:${p.kind}`)).toEqual(['0:PP1:preambular', '0:PP2:preambular', '0:11:operative', '0:12:operative', '1:1:operative']);
    expect(paragraphs[3]?.text).toBe('Réaffirme la vision du Sommet, notamment: a) En élargissant la connectivité; b) En renforçant les compétences.');

    const spanish = page(`
      <p><em>La Asamblea General</em>,</p>
      <p><em>Reconociendo</em> que la sociedad de la información debe estar centrada en las personas,</p>
      <p>Recordando su resolución 70/125, de 16 de diciembre de 2015,</p>
      <p>1. <em>Reafirma</em> la visión de la Cumbre Mundial;</p>
      <h2>Anexo</h2>
      <p>1. Amplía la cooperación.</p>`);
    expect(segmentDom(spanish).paragraphs.map((p) => `${p.part}:${p.label}`)).toEqual(['0:PP1', '0:PP2', '0:1', '1:1']);

    expect(labels(page('<p>1. 重申对信息社会世界峰会愿景的承诺；</p><p>2.决定延长互联网治理论坛的任务期限。</p>'))).toEqual(['1', '2']);
  });
});

describe('segmentDom: headings and title', () => {
  it('reads h1–h6 and short bold-only paragraphs as headings, and files paragraphs under them', () => {
    const doc = page(`
      <h1>WSIS+20 outcome document</h1>
      <p><strong>Revision 2, clean version</strong></p>
      <p><em>Recalling</em> the Tunis Agenda,</p>
      <h2>Introduction</h2>
      <p>1. We reaffirm our commitment.</p>
      <p><strong>Internet governance</strong></p>
      <p>2. We decide to make the Forum permanent.</p>
      <h4>Follow-up and review</h4>
      <p>3. We request a report.</p>`);
    const { paragraphs, headings, title } = segmentDom(doc);
    expect(title).toBe('WSIS+20 outcome document Revision 2, clean version');
    expect(headings.map((h) => h.text)).toEqual(['Introduction', 'Internet governance', 'Follow-up and review']);
    expect(headings[1]?.anchor.localName).toBe('p');
    expect(paragraphs.map((p) => [p.label, p.heading])).toEqual([
      ['PP1', null],
      ['1', 'Introduction'],
      ['2', 'Internet governance'],
      ['3', 'Follow-up and review'],
    ]);
  });

  it('restarts the numbering in an annex', () => {
    const doc = page('<p>1. We adopt the annex.</p><p>2. We decide.</p><h2>Annex</h2><p>1. First annex paragraph.</p>');
    expect(segmentDom(doc).paragraphs.map((p) => [p.label, p.part])).toEqual([
      ['1', 0],
      ['2', 0],
      ['1', 1],
    ]);
  });

  it('gives an empty result for an empty or odd page', () => {
    expect(segmentDom(page(''))).toEqual({ paragraphs: [], headings: [], title: null });
    expect(segmentDom(document.createDocumentFragment()).paragraphs).toEqual([]);
  });

  it('works on an element as root', () => {
    const doc = page('<p>1. Outside.</p><section id="s"><p>7. Inside.</p></section>');
    const section = doc.getElementById('s');
    expect(section && labels(section)).toEqual(['7']);
  });
});

describe('segmentDom: no layout reads', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(HTMLElement.prototype, 'innerText');
  });

  it('never asks for innerText, computed style or geometry', () => {
    // jsdom has no innerText; a browser computes it from layout.
    const innerText = vi.fn(() => '');
    Object.defineProperty(HTMLElement.prototype, 'innerText', { get: innerText, configurable: true });
    const computed = vi.spyOn(window, 'getComputedStyle');
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    segmentDom(fixture('wsis20-rev2-text.html'));
    expect(innerText).not.toHaveBeenCalled();
    expect(computed).not.toHaveBeenCalled();
    expect(rect).not.toHaveBeenCalled();
  });

  it('reads 800 paragraphs quickly', () => {
    const body = Array.from({ length: 800 }, (_, i) => `<p><strong>${i + 1}.</strong> We commit to <em>closing</em> the digital divides, para ${i + 1}.<sup>1</sup></p>`);
    const doc = page(`<main><h2>Text</h2>${body.join('')}</main>`);
    segmentDom(doc); // warm-up
    const t0 = performance.now();
    const { paragraphs } = segmentDom(doc);
    const elapsed = performance.now() - t0;
    expect(paragraphs).toHaveLength(800);
    // jsdom is many times slower than a browser; this only catches accidental quadratic work.
    expect(elapsed).toBeLessThan(500);
  });
});

describe('page fixtures', () => {
  it('wsis20-rev2-text.html: 7 preambular and 127 numbered paragraphs under 12 headings', () => {
    const { paragraphs, headings, title } = segmentDom(fixture('wsis20-rev2-text.html'));
    expect(paragraphs.filter((p) => p.kind === 'preambular').map((p) => p.label)).toEqual(['PP1', 'PP2', 'PP3', 'PP4', 'PP5', 'PP6', 'PP7']);
    const operative = paragraphs.filter((p) => p.kind === 'operative');
    expect(operative.map((p) => p.label)).toEqual(Array.from({ length: 127 }, (_, i) => String(i + 1)));
    expect(headings).toHaveLength(12);
    const igf = paragraphs.find((p) => p.label === '98');
    expect(igf?.heading).toBe('Internet governance');
    expect(igf?.text).toMatch(/^We decide to make the Internet Governance Forum a permanent forum/);
    expect(paragraphs.find((p) => p.label === '27')?.text).toMatch(/including by: \(a\) promoting .* \(c\) encouraging/);
    expect(paragraphs.find((p) => p.label === '13')?.text).toMatch(/respects human rights\.$/);
    expect(title).toMatch(/Revision 2/);
  });

  it('wsis20-ol-text.html reads the same text from ordered lists', () => {
    const fromParagraphs = segmentDom(fixture('wsis20-rev2-text.html')).paragraphs.map((p) => [p.label, p.kind, p.text, p.heading]);
    const fromLists = segmentDom(fixture('wsis20-ol-text.html')).paragraphs.map((p) => [p.label, p.kind, p.text, p.heading]);
    expect(fromLists).toEqual(fromParagraphs);
  });

  it('wsis20-main.html: a WSIS+20 page with no paragraphs, detected as a page of no single revision', () => {
    const doc = fixture('wsis20-main.html');
    const { paragraphs, title } = segmentDom(doc);
    expect(paragraphs).toEqual([]);
    expect(isWsisPage('https://publicadministration.desa.un.org/wsis20', doc.title)).toBe(true);
    expect(isWsisPage('https://publicadministration.desa.un.org/node/1', `${doc.title} ${title}`)).toBe(true);
    const id = detectDocument({ url: 'file:///fixtures/wsis20-main.html', text: `${doc.title} ${title}` });
    expect(id).toMatchObject({ family: 'wsis20-outcome', revision: null, variant: 'page' });
    const links = [...doc.querySelectorAll('.document-list a')].map((a) => detectDocument({ url: a.getAttribute('href') ?? '' }));
    expect(links.map((l) => [l.revision, l.variant])).toEqual([
      ['elements-paper', 'clean'],
      ['zero-draft', 'clean'],
      ['rev1', 'clean'],
      ['rev2', 'clean'],
      ['rev2', 'tracked'],
    ]);
  });

  it('desa-non-wsis.html: neither a WSIS page nor a paragraph', () => {
    const doc = fixture('desa-non-wsis.html');
    const { paragraphs, title } = segmentDom(doc);
    expect(paragraphs).toEqual([]);
    expect(isWsisPage('https://publicadministration.desa.un.org/unpsa', doc.title)).toBe(false);
    expect(detectDocument({ url: 'https://publicadministration.desa.un.org/unpsa', text: `${doc.title} ${title}` }).family).toBeNull();
  });
});

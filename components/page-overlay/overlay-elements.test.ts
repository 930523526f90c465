// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentChipView } from '../../utils/overlay/document-chip';
import type { Paragraph } from '../../utils/paragraphs/model';
import { documentChipElement } from './document-chip-element';
import { paragraphBadge } from './paragraph-badge';

const FILES = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const viewer = (file: string) => `chrome-extension://id/viewer.html?file=${encodeURIComponent(file)}`;

function paragraph(label: string): Paragraph<Element> {
  return { label, kind: label.startsWith('PP') ? 'preambular' : 'operative', text: 'x', page: null, heading: null, part: 0, anchor: document.body };
}

describe('paragraphBadge', () => {
  it('is a button named after the paragraph, with the test hook', () => {
    const badge = paragraphBadge(paragraph('12'));
    expect(badge.type).toBe('button');
    expect(badge.getAttribute('aria-label')).toBe('Paragraph 12');
    expect(badge.dataset.wsisPara).toBe('12');
    expect(badge.textContent).toBe('12');
  });
  it('names preambular paragraphs in words, after the label it shows', () => {
    expect(paragraphBadge(paragraph('PP3')).getAttribute('aria-label')).toBe('PP3, preambular paragraph 3');
  });
});

describe('documentChipElement', () => {
  const VIEWER = 'chrome-extension://id/viewer.html';
  const chipFor = (href: string) => {
    const view = documentChipView(href, VIEWER);
    if (!view) throw new Error(`not recognised: ${href}`);
    return documentChipElement(view);
  };

  it('offers clean, tracked and compare-with-previous in the viewer', () => {
    const chip = chipFor(`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`);
    expect(chip.dataset.wsisDocChip).toBe('clean');
    expect(chip.getAttribute('aria-label')).toBe('WSIS Lens: Rev.2, 3 Dec 2025');
    const clean = chip.querySelector<HTMLAnchorElement>('[data-wsis-chip-action="clean"]');
    expect(clean?.getAttribute('href')).toBe(`${VIEWER}?file=${encodeURIComponent(`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`)}`);
    const tracked = chip.querySelector<HTMLAnchorElement>('[data-wsis-chip-action="tracked"]');
    expect(tracked?.getAttribute('href')).toMatch(/TrackChanges/);
    const compare = chip.querySelector<HTMLAnchorElement>('[data-wsis-chip-action="compare"]');
    expect(compare?.getAttribute('href')).toMatch(/[?&]compare=.*ZERO_DRAFT/);
    expect(compare?.title).toBe('Compare with Zero Draft in WSIS Lens');
  });
  it('counts the watched paragraphs that changed in its revision, and says nothing when none did', () => {
    const view = documentChipView(`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`, VIEWER, { changedWatches: new Map([['wsis20-outcome/rev2', 2]]) })!;
    const count = documentChipElement(view).querySelector<HTMLElement>('[data-wsis-chip-watches]');
    expect(count?.textContent).toBe('2 watched ¶ changed');
    expect(count?.title).toMatch(/2 of your watched paragraphs changed in Rev\.2 since/);
    expect(documentChipElement({ ...view, watchesChanged: 0 }).querySelector('[data-wsis-chip-watches]')).toBeNull();
  });
  it('greys out what does not exist instead of guessing an address, and says why', () => {
    const chip = chipFor(`${FILES}/WSIS%2B20_ElementsPaper_20June.pdf`);
    for (const kind of ['tracked', 'compare']) {
      const action = chip.querySelector(`[data-wsis-chip-action="${kind}"]`);
      expect(action?.hasAttribute('href')).toBe(false);
      expect(action?.getAttribute('aria-disabled')).toBe('true');
    }
    expect(chip.querySelector<HTMLElement>('[data-wsis-chip-action="compare"]')?.title).toBe('No earlier revision to compare with');
  });
  it('puts link text in as text, never as markup', () => {
    const none = { href: null, title: 'none' };
    const chip = documentChipElement({ variant: 'clean', title: '<img src=x onerror=alert(1)>', dateLabel: null, clean: none, tracked: none, compare: none, watchesChanged: 0 });
    expect(chip.querySelector('img')).toBeNull();
    expect(chip.querySelector('.chip__name')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

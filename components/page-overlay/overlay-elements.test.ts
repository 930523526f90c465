// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentChipFor } from '../../utils/overlay/document-chip';
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
  it('names preambular paragraphs in words', () => {
    expect(paragraphBadge(paragraph('PP3')).getAttribute('aria-label')).toBe('Preambular paragraph 3');
  });
});

describe('documentChipElement', () => {
  it('offers clean and tracked in the viewer, and compare disabled with its reason', () => {
    const info = documentChipFor(`${FILES}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`);
    if (!info) throw new Error('Rev2 not recognised');
    const chip = documentChipElement(info, viewer);
    expect(chip.dataset.wsisDocChip).toBe('clean');
    expect(chip.getAttribute('aria-label')).toBe('WSIS Lens: Rev.2, 3 Dec 2025');
    const clean = chip.querySelector<HTMLAnchorElement>('[data-wsis-chip-action="clean"]');
    expect(clean?.getAttribute('href')).toBe(viewer(info.clean ?? ''));
    const tracked = chip.querySelector<HTMLAnchorElement>('[data-wsis-chip-action="tracked"]');
    expect(tracked?.getAttribute('href')).toMatch(/TrackChanges/);
    const compare = chip.querySelector<HTMLButtonElement>('[data-wsis-chip-action="compare"]');
    expect(compare?.disabled).toBe(true);
    expect(compare?.title).toBe('coming with the revisions feature');
  });
  it('greys out a variant that was not published instead of guessing its address', () => {
    const info = documentChipFor(`${FILES}/WSIS%2B20_ZERO_DRAFT.pdf`);
    if (!info) throw new Error('Zero Draft not recognised');
    const tracked = documentChipElement(info, viewer).querySelector('[data-wsis-chip-action="tracked"]');
    expect(tracked?.hasAttribute('href')).toBe(false);
    expect(tracked?.getAttribute('aria-disabled')).toBe('true');
  });
});

// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { PositionMatch } from '@/utils/positions/lookup';
import type { Position } from '@/utils/positions/model';
import { PositionList } from './PositionList';

const base: Position = {
  id: 'p',
  stakeholder: 'TCCM',
  kind: 'input',
  stance: 'supports',
  family: 'wsis20-outcome',
  revision: 'rev2',
  paragraphs: ['98'],
  evidence: 'explicit',
  summary: 'Permanent IGF',
  sourceUrl: 'https://www.tccm.global/?p=1367',
  date: '2025-12-08',
  origin: 'bundled',
};
const match = (position: Partial<Position>, extra: Partial<PositionMatch> = {}): PositionMatch => ({
  position: { ...base, ...position },
  via: null,
  evidence: position.evidence ?? 'explicit',
  ...extra,
});

function show(matches: PositionMatch[], handlers: { onEdit?(p: Position): void; onDelete?(p: Position): void } = {}): HTMLElement {
  const host = document.createElement('div');
  render(<PositionList matches={matches} {...handlers} />, host);
  return host;
}

describe('PositionList', () => {
  it('shows stance, stakeholder, date, summary, quote and a source link that opens a new tab safely', () => {
    const host = show([match({ quote: 'shall be made permanent', title: 'Joint opinion on Rev2' })]);
    expect(host.querySelector('[data-wsis-stance]')?.textContent).toBe('Supports');
    expect(host.querySelector('[data-wsis-stakeholder]')?.textContent).toBe('TCCM');
    expect(host.querySelector('time')?.textContent).toBe('2025-12-08');
    expect(host.querySelector('[data-wsis-quote]')?.textContent).toBe('shall be made permanent');
    const link = host.querySelector<HTMLAnchorElement>('a[data-wsis-source]')!;
    expect(link.href).toBe('https://www.tccm.global/?p=1367');
    expect(link.textContent).toBe('Joint opinion on Rev2');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('marks inferred references with their evidence note, and says where a position was said', () => {
    const host = show([match({ evidence: 'inferred', evidenceNote: 'matched by EuroDIG' }, { via: { revision: 'rev1', label: '101' }, evidence: 'inferred' })]);
    expect(host.querySelector('[data-wsis-inferred]')?.textContent).toBe('inferredmatched by EuroDIG');
    expect(host.querySelector('[data-wsis-via]')?.textContent).toBe('said about Rev.1 ¶101');
  });

  it('renders hostile text as text and a javascript: source as inert text, never a link', () => {
    const host = show([
      match({
        stakeholder: '<script>alert(1)</script>',
        summary: '<img src=x onerror="alert(2)">',
        quote: '<a href="javascript:alert(3)">x</a>',
        sourceUrl: 'javascript:alert(4)',
      }),
    ]);
    expect(host.querySelector('script, img, a')).toBeNull();
    expect(host.querySelector('[data-wsis-stakeholder]')?.textContent).toBe('<script>alert(1)</script>');
    expect(host.querySelector('[data-wsis-summary]')?.textContent).toBe('<img src=x onerror="alert(2)">');
    expect(host.querySelector('[data-wsis-source-inert]')?.textContent).toBe('javascript:alert(4)');
  });

  it('offers edit and delete on the reader’s own positions only', () => {
    const edited: string[] = [];
    const host = show([match({ id: 'mine', origin: 'own' }), match({ id: 'theirs' })], { onEdit: (p) => edited.push(p.id), onDelete: () => undefined });
    expect(host.querySelectorAll('[data-wsis-edit-position]').length).toBe(1);
    host.querySelector<HTMLButtonElement>('[data-wsis-edit-position]')!.click();
    expect(edited).toEqual(['mine']);
  });
});

// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { withDb } from '@/utils/db/connection';
import { putPositions } from '@/utils/db/position-repository';
import type { Position } from '@/utils/positions/model';
import { PositionsOptions, type PermissionsApi } from './PositionsOptions';

const POSITION = {
  id: 'mine-1',
  stakeholder: 'My delegation',
  kind: 'note',
  stance: 'supports',
  family: 'wsis20-outcome',
  revision: 'rev1',
  paragraphs: ['96'],
  evidence: 'explicit',
  summary: 'Keep the IGF permanent',
  sourceUrl: 'https://example.org/note',
  date: '2025-11-20',
};
const pack = (positions: unknown[]) => JSON.stringify({ format: 'wsis-lens-positions', version: 1, name: 'Mine', positions });

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

function mount(permissions: PermissionsApi): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(<PositionsOptions permissions={permissions} />, host);
  return host;
}

async function importText(host: HTMLElement, text: string, name = 'pack.json'): Promise<void> {
  const input = host.querySelector<HTMLInputElement>('[data-wsis-import]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const noPermissions: PermissionsApi = { request: async () => false, remove: async () => true };

describe('PositionsOptions', () => {
  it('imports a valid pack into the reader’s positions; a malformed one is refused, says what is wrong and changes nothing', async () => {
    const host = mount(noPermissions);
    await settle();
    await importText(host, pack([POSITION]));
    expect(host.querySelector('[data-wsis-message="import"]')?.textContent).toContain('Imported 1 position from “Mine”');
    expect(host.querySelectorAll('[data-wsis-own-list] li').length).toBe(1);

    await importText(host, pack([{ ...POSITION, id: 'mine-2' }, { ...POSITION, id: 'bad', sourceUrl: 'javascript:alert(1)', date: 'soon' }]), 'bad.json');
    const message = host.querySelector('[data-wsis-message="import"]');
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toContain('Nothing was imported: bad.json is not a valid positions pack.');
    expect(message?.textContent).toContain('positions[1].sourceUrl: must be an http(s) URL (got "javascript:alert(1)")');
    expect(message?.textContent).toContain('positions[1].date: must be an ISO date');
    expect(host.querySelectorAll('[data-wsis-own-list] li').length).toBe(1);

    await importText(host, '{"format": "wsis-lens-positions",', 'cut.json');
    expect(host.querySelector('[data-wsis-message="import"]')?.textContent).toContain('not JSON');
    expect(host.querySelectorAll('[data-wsis-own-list] li').length).toBe(1);
  });

  it('gives the count of the reader’s positions once they are read, never a 0 before', async () => {
    await withDb((db) => putPositions(db, [{ ...POSITION, id: 'stored-before', origin: 'own' } as Position]));
    const host = mount(noPermissions);
    const heading = () => host.querySelector('h2[id="own-heading"]')?.textContent;
    expect(heading()).toBe('Your positions');
    expect(host.querySelector<HTMLButtonElement>('[data-wsis-export]')?.disabled).toBe(true);
    await settle();
    expect(heading()).toMatch(/^Your positions \([1-9]\d*\)$/);
  });

  it('a new import replaces the last one’s message at once, and says it is done only with the list updated', async () => {
    const host = mount(noPermissions);
    await settle();
    await importText(host, pack([{ ...POSITION, id: 'first' }]), 'first.json');
    const message = () => host.querySelector('[data-wsis-message="import"]');
    expect(message()?.getAttribute('data-wsis-message-kind')).toBe('ok');
    const before = host.querySelectorAll('[data-wsis-own-list] li').length;

    const input = host.querySelector<HTMLInputElement>('[data-wsis-import]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([pack([{ ...POSITION, id: 'second' }])], 'second.json')] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(message()?.getAttribute('data-wsis-message-kind')).toBe('busy');
    expect(message()?.textContent).toBe('Importing second.json…');
    expect(input.disabled, 'one import at a time').toBe(true);
    for (let i = 0; i < 40 && message()?.getAttribute('data-wsis-message-kind') === 'busy'; i++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    }
    expect(message()?.textContent).toContain('Imported 1 position from “Mine”');
    expect(host.querySelectorAll('[data-wsis-own-list] li').length).toBe(before + 1);
    expect(input.disabled).toBe(false);
  });

  it('subscribes only with an https address and the host granted', async () => {
    const asked: string[][] = [];
    const host = mount({ request: async ({ origins }) => (asked.push(origins), false), remove: async () => true });
    const url = host.querySelector<HTMLInputElement>('[data-wsis-pack-url]')!;
    const submit = async (value: string) => {
      await act(() => {
        url.value = value;
        url.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => {
        url.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      await settle();
    };
    await submit('http://packs.example/igf.json');
    expect(host.querySelector('[data-wsis-message="pack"]')?.textContent).toContain('https only');
    expect(asked).toEqual([]);
    await submit('https://packs.example/igf.json');
    expect(asked).toEqual([['https://packs.example/*']]);
    expect(host.querySelector('[data-wsis-message="pack"]')?.textContent).toContain('needs your permission to read https://packs.example');
  });
});

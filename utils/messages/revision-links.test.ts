import { describe, expect, it } from 'vitest';
import { isRevisionLinksMessage } from './revision-links';

const link = { family: 'wsis20-outcome', revision: 'rev1', variant: 'clean', url: 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev1/x.pdf' };

describe('isRevisionLinksMessage', () => {
  it('takes links to revision files on the UN hosts', () => {
    expect(isRevisionLinksMessage({ type: 'wsis-lens/revision-links', links: [link] })).toBe(true);
  });
  it('refuses other hosts, other schemes, odd revisions and floods', () => {
    const bad = (changes: object) => isRevisionLinksMessage({ type: 'wsis-lens/revision-links', links: [{ ...link, ...changes }] });
    expect(bad({ url: 'https://evil.example/x.pdf' })).toBe(false);
    expect(bad({ url: 'javascript:alert(1)' })).toBe(false);
    expect(bad({ revision: '<script>' })).toBe(false);
    expect(bad({ variant: 'other' })).toBe(false);
    expect(isRevisionLinksMessage({ type: 'wsis-lens/revision-links', links: Array(101).fill(link) })).toBe(false);
    expect(isRevisionLinksMessage(null)).toBe(false);
  });
});

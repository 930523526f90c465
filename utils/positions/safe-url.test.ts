import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.tccm.global/?p=1367', 'https://www.tccm.global/?p=1367'],
    ['  http://www.g77.org/statement/getstatement.php?id=251217&print=1 ', 'http://www.g77.org/statement/getstatement.php?id=251217&print=1'],
    ['HTTPS://Example.org', 'https://example.org/'],
  ])('keeps the web link %s', (url, expected) => expect(safeHttpUrl(url)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/',
    'vbscript:msgbox',
    '//example.org/relative',
    '/local/path',
    'https://un.org@evil.example/',
    '',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => expect(safeHttpUrl(url)).toBeNull());
});

import { describe, expect, it } from 'vitest';
import { explainPdfError, sniffPdfBytes } from './pdf-problems';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffPdfBytes', () => {
  it('accepts a complete PDF', () => {
    expect(sniffPdfBytes(bytes('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n'))).toBeNull();
  });
  it.each([
    ['empty', '', /empty/],
    ['html', '<!DOCTYPE html><html><body>Page not found</body></html>', /web page/],
    ['not-pdf', 'PK\u0003\u0004 zip data', /not a PDF/],
    ['truncated', '%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstream\n', /incomplete/],
  ])('names %s input', (kind, text, words) => {
    const problem = sniffPdfBytes(bytes(text));
    expect(problem?.kind).toBe(kind);
    expect(problem?.message).toMatch(words);
  });
});

describe('explainPdfError', () => {
  it('explains a password-protected PDF', () => {
    expect(explainPdfError({ name: 'PasswordException', message: 'No password given' }).kind).toBe('encrypted');
  });
  it('gives the HTTP status when the server refused', () => {
    const problem = explainPdfError({ name: 'ResponseException', message: 'Unexpected server response', status: 500 });
    expect(problem.message).toContain('500');
  });
  it('calls anything else damaged, never echoing raw internals', () => {
    const problem = explainPdfError(new Error('Invalid PDF structure.'), bytes('%PDF-1.4 ... %%EOF'));
    expect(problem.kind).toBe('corrupt');
    expect(problem.message).not.toContain('Invalid PDF structure');
  });
});

// Plain-words explanations for PDFs that cannot be read, shared by the CLI and the viewer.

export type PdfProblemKind =
  | 'empty'
  | 'html'
  | 'not-pdf'
  | 'encrypted'
  | 'corrupt'
  | 'truncated'
  | 'not-found'
  | 'http-error'
  | 'network';

export class PdfProblem extends Error {
  constructor(
    readonly kind: PdfProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'PdfProblem';
  }
}

const decoder = new TextDecoder('latin1');

/** Checks the first bytes before pdf.js sees them: pdf.js's own errors for these cases are cryptic. */
export function sniffPdfBytes(bytes: Uint8Array): PdfProblem | null {
  if (bytes.length === 0) return new PdfProblem('empty', 'The file is empty (0 bytes), so there is no PDF to read.');
  const head = decoder.decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) {
    // pdf.js quietly rebuilds a cut-off file and shows its first pages; a reader must know it is incomplete.
    if (!hasEndOfFileMarker(bytes)) {
      return new PdfProblem('truncated', 'This PDF is incomplete (the file stops before its end); download it again.');
    }
    return null;
  }
  if (/^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(head) || /<html[\s>]/i.test(head)) {
    return new PdfProblem('html', 'This is a web page (HTML), not a PDF: the server sent a page where a PDF was expected.');
  }
  return new PdfProblem('not-pdf', 'This file is not a PDF (it does not start with a PDF header).');
}

/** Turns whatever pdf.js threw into a PdfProblem with a message a reader understands. */
export function explainPdfError(error: unknown, bytes?: Uint8Array): PdfProblem {
  if (error instanceof PdfProblem) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new PdfProblem('encrypted', 'This PDF is protected by a password, so its text cannot be read.');
  }
  if (name === 'MissingPDFException' || /missing pdf|404/i.test(message)) {
    return new PdfProblem('not-found', 'The PDF was not found at this address (the server answered 404).');
  }
  const status = (error as { status?: number } | null)?.status;
  if (name === 'ResponseException' || name === 'UnexpectedResponseException' || typeof status === 'number') {
    return new PdfProblem(
      'http-error',
      `The server did not send the PDF${status ? ` (it answered ${status})` : ''}. Try again later or open the original.`,
    );
  }
  if (bytes && !hasEndOfFileMarker(bytes)) {
    return new PdfProblem('truncated', 'This PDF is incomplete (the file stops before its end); download it again.');
  }
  return new PdfProblem('corrupt', 'This PDF is damaged and cannot be read.');
}

function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  return decoder.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');
}

// Fetches the PDF from its original address with progress, so HTTP errors and non-PDF answers can be
// told apart in plain words before pdf.js sees the bytes.
import { PdfProblem, sniffPdfBytes } from '@/utils/pdf/pdf-problems';
import { pdfFetchUrls } from '@/utils/viewer-url';

export interface DownloadProgress {
  loaded: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
}

export interface DownloadedPdf {
  bytes: Uint8Array;
  /** The address the bytes came from (may be the ?direct=true fallback). */
  url: string;
}

export async function downloadPdf(file: string, onProgress: (progress: DownloadProgress) => void): Promise<DownloadedPdf> {
  const urls = pdfFetchUrls(file);
  let lastProblem: PdfProblem | null = null;
  for (const url of urls) {
    const bytes = await fetchBytes(url, onProgress);
    const problem = sniffPdfBytes(bytes);
    if (!problem) return { bytes, url };
    lastProblem = problem;
    // Only a web page where a PDF was expected is worth a second address.
    if (problem.kind !== 'html') break;
  }
  throw lastProblem ?? new PdfProblem('not-pdf', 'This file is not a PDF.');
}

async function fetchBytes(url: string, onProgress: (progress: DownloadProgress) => void): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new PdfProblem('network', 'The PDF could not be downloaded: the network or the server did not answer.');
  }
  if (response.status === 404 || response.status === 410) {
    throw new PdfProblem('not-found', `The PDF was not found at this address (the server answered ${response.status}).`);
  }
  if (!response.ok) {
    throw new PdfProblem(
      'http-error',
      `The server did not send the PDF (it answered ${response.status}). Try again later or open the original.`,
    );
  }
  const lengthHeader = Number(response.headers.get('content-length'));
  const total = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : null;
  onProgress({ loaded: 0, total });
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onProgress({ loaded: bytes.length, total });
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress({ loaded, total });
    }
  } catch {
    throw new PdfProblem('network', 'The download stopped before the end; try again or open the original.');
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

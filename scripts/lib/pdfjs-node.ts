// pdf.js in node: the legacy build (node 20 also needs Promise.withResolvers, see node20-builtins).
import './node20-builtins';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** Opens PDF bytes with pdf.js, quietly (no console warnings for sloppy real-world files). */
export function openPdf(data: Uint8Array) {
  return pdfjs.getDocument({ data, verbosity: 0 }).promise;
}

export { pdfjs };

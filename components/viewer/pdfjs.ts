// pdf.js for the viewer page: the modern build, its worker bundled with the extension (no remote
// code, default MV3 CSP), and the viewer components, which read pdf.js from globalThis.pdfjsLib.
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
(globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;

export { pdfjsLib };

/** The viewer components; imported after the global above is set. */
export function loadViewerComponents() {
  return import('pdfjs-dist/web/pdf_viewer.mjs');
}

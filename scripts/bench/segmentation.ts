// Paragraph segmentation cost as a share of pdf.js text extraction of the same PDF, in one run.
import { readFileSync } from 'node:fs';
import { segmentPdf } from '../../utils/paragraphs/from-pdf-text';
import { readAllPages } from '../../utils/pdf/read-pages';
import { openPdf } from '../lib/pdfjs-node';
import { median, type BenchResult } from './measure';

const ROUNDS = 7;

export async function benchSegmentation(file: string): Promise<BenchResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const extractTimes: number[] = [];
  const segmentTimes: number[] = [];
  let paragraphs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const doc = await openPdf(bytes.slice());
    const t0 = performance.now();
    const pages = await readAllPages(doc);
    const t1 = performance.now();
    paragraphs = segmentPdf(pages).paragraphs.length;
    const t2 = performance.now();
    await doc.loadingTask.destroy();
    if (round === 0) continue; // warm-up: JIT and font caches
    extractTimes.push(t1 - t0);
    segmentTimes.push(t2 - t1);
  }
  const extract = median(extractTimes);
  const segment = median(segmentTimes);
  return {
    name: `segmentation ${file.split('/').pop()} (${paragraphs} paragraphs)`,
    baselineMs: extract,
    measuredMs: extract + segment,
    ratio: (extract + segment) / extract,
    target: '≤ 1.10× pdf.js text extraction',
    met: (extract + segment) / extract <= 1.1,
  };
}

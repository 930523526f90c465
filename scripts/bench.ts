// npm run bench (node part): every speed target, each as a ratio to a baseline measured in the same run.
// The Chromium part (viewer) is scripts/bench-viewer.mts, which npm run bench runs after this.
import { existsSync } from 'node:fs';
import { benchAlignment } from './bench/alignment';
import { benchSegmentation } from './bench/segmentation';
import { printResult, type BenchResult } from './bench/measure';
import { REAL_L41 } from './lib/shared-dir';

const SEGMENTATION_SUBJECTS = [
  REAL_L41,
  'tests/fixtures/synthetic/resolution-layout.pdf',
  'tests/fixtures/synthetic/no-preamble-long.pdf',
];

const results: BenchResult[] = [];
// Alignment first: in node, pdf.js parses on this same thread (in the browser it has a worker of its
// own), and after the segmentation runs both the aligner and its baseline ran 30–40 % slower here.
const alignment = await benchAlignment();
for (const file of SEGMENTATION_SUBJECTS) {
  if (existsSync(file)) results.push(await benchSegmentation(file));
  else console.log(`(skipped: ${file} not found)`);
}
results.push(alignment);

console.log('');
results.forEach(printResult);
console.log(
  `alignment accuracy against ground truth: ${(alignment.accuracy * 100).toFixed(1)} % (baseline ${(alignment.baselineAccuracy * 100).toFixed(1)} %)`,
);

// npm run bench: every speed target, each as a ratio to a baseline measured in the same run.
import { existsSync } from 'node:fs';
import { benchSegmentation } from './bench/segmentation';
import { printResult, type BenchResult } from './bench/measure';

const REAL_PDF = '../shared/fixtures/un/A_80_L.41.pdf';
const SYNTHETIC = 'tests/fixtures/synthetic/resolution-layout.pdf';

const results: BenchResult[] = [];
for (const file of [REAL_PDF, SYNTHETIC]) {
  if (existsSync(file)) results.push(await benchSegmentation(file));
  else console.log(`(skipped: ${file} not found)`);
}
results.forEach(printResult);

// Runs the e2e tests (node's test runner, spec output) and ends with a plain `N passed, N failed`.
// Build first: `npm run test:e2e` does `wxt build` before this.
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR } from './harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`e2e: no built extension at ${EXTENSION_DIR}; run \`npm run test:e2e\` (it builds first).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// `tsx tests/e2e/run.ts viewer pages` runs only the files whose names contain one of the words.
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort()
  .map((name) => path.join(here, name));

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1, timeout: 120_000 });
stream.on('test:pass', (event) => {
  if (event.details.type !== 'suite') passed++;
});
stream.on('test:fail', (event) => {
  if (event.details.type !== 'suite') failed++;
});
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
await once(report, 'end');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

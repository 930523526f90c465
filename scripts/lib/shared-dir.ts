// Where the project's shared material lives (real UN PDFs, the positions research, the seed notes):
// `../shared` beside the checkout, or WSIS_SHARED; a clone elsewhere (CI's /tmp) falls back to this
// machine's /work/shared.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const candidates = [process.env.WSIS_SHARED, resolve(root, '../shared'), '/work/shared'].filter((dir): dir is string => Boolean(dir));

export const SHARED_DIR = candidates.find((dir) => existsSync(dir)) ?? resolve(root, '../shared');

/** A/80/L.41 as tabled: the real UN PDF every reader test runs on. */
export const REAL_L41 = join(SHARED_DIR, 'fixtures/un/A_80_L.41.pdf');

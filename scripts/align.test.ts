// The align CLI as a user runs it: JSON pairs on stdout, or one clear line on stderr and exit code 2.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentUnit } from '../utils/align';

const run = promisify(execFile);
const REAL = '../shared/fixtures/un/A_80_L.41.pdf';
const PAIR = 'tests/fixtures/revisions/small-mixed.json';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/align.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function expectOneLineFailure(result: CliResult, words: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l.trim() && !/^npm warn/i.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(words);
}

describe('align CLI', () => {
  let dir: string;
  let pair: { old: unknown[]; new: unknown[]; truth: AlignmentUnit[] };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wsis-align-'));
    pair = JSON.parse(readFileSync(PAIR, 'utf8')) as typeof pair;
    // The extract CLI's shape on one side, a bare paragraph array on the other.
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ document: { family: 'wsis20' }, paragraphs: pair.old }));
    writeFileSync(join(dir, 'new.json'), JSON.stringify(pair.new));
  });

  it('prints the alignment of two extracted revisions as pairs with rounded similarities', async () => {
    const { code, stdout } = await cli(join(dir, 'old.json'), join(dir, 'new.json'));
    expect(code).toBe(0);
    const { pairs } = JSON.parse(stdout) as { pairs: AlignmentUnit[] };
    expect(pairs.map((p) => [p.old, p.new, p.change])).toEqual(pair.truth.map((u) => [u.old, u.new, u.change]));
    for (const p of pairs) expect(Math.round(p.similarity * 100) / 100).toBe(p.similarity);
  });

  it('explains a missing file in one line', async () => {
    const [json, pdf] = await Promise.all([cli(join(dir, 'missing.json'), join(dir, 'new.json')), cli(join(dir, 'old.json'), join(dir, 'missing.pdf'))]);
    expectOneLineFailure(json, /No such file: .*missing\.json/);
    expectOneLineFailure(pdf, /missing\.pdf/);
  });

  it('explains JSON that is not paragraphs', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"paragraphs": [');
    writeFileSync(join(dir, 'other.json'), '{"units": []}');
    writeFileSync(join(dir, 'labelless.json'), '[{"text": "We recall."}]');
    const [broken, other, labelless] = await Promise.all([
      cli(join(dir, 'broken.json'), join(dir, 'new.json')),
      cli(join(dir, 'other.json'), join(dir, 'new.json')),
      cli(join(dir, 'old.json'), join(dir, 'labelless.json')),
    ]);
    expectOneLineFailure(broken, /not valid JSON/);
    expectOneLineFailure(other, /expected the extract CLI's output/);
    expectOneLineFailure(labelless, /paragraph 1 needs a string "label"/);
  });

  it('shows its usage when not given exactly two files', async () => {
    expectOneLineFailure(await cli(join(dir, 'old.json')), /^Usage: npm run --silent align --/);
  });

  it('finds the real A/80/L.41 unchanged against itself', async (context) => {
    const [result, extracted] = await Promise.all([cli(REAL, REAL), run('npx', ['tsx', 'scripts/extract.ts', REAL]).then(() => true, () => false)]);
    // The PDF reader is being built alongside: only judge the CLI's PDF path once extract reads the file.
    if (!extracted) context.skip();
    expect(result.code).toBe(0);
    const { pairs } = JSON.parse(result.stdout) as { pairs: AlignmentUnit[] };
    expect(pairs.length).toBeGreaterThan(100);
    expect(pairs.every((p) => p.change === 'unchanged' && p.similarity === 1)).toBe(true);
  });
});

// The align CLI as a user runs it: JSON pairs on stdout, or one clear line on stderr and exit code 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentUnit } from '../utils/align';
import { expectOneLineFailure, runCli } from './lib/cli-test-support';
import { REAL_L41 as REAL } from './lib/shared-dir';

const PAIR = 'tests/fixtures/revisions/small-mixed.json';

const cli = (...args: string[]) => runCli('scripts/align.ts', ...args);

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

  it('aligns a clean revision with a tracked-changes one by its text as it stands, leaving out what it deletes', async () => {
    const { code, stdout } = await cli('tests/fixtures/revision-set/rev1.pdf', 'tests/fixtures/revision-set/rev2-tracked.pdf');
    expect(code).toBe(0);
    const { pairs } = JSON.parse(stdout) as { pairs: AlignmentUnit[] };
    expect(pairs.flatMap((p) => p.new).filter((label) => label.startsWith('del-'))).toEqual([]);
    expect(pairs).toContainEqual({ old: ['96'], new: ['98'], change: 'modified', similarity: expect.any(Number) });
    expect(pairs).toContainEqual({ old: ['100'], new: [], change: 'deleted', similarity: 0 });
  }, 120_000); // two PDFs read in full, on a busy machine

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

  it('finds the real A/80/L.41 unchanged against itself', async () => {
    const result = await cli(REAL, REAL);
    expect(result.code).toBe(0);
    const { pairs } = JSON.parse(result.stdout) as { pairs: AlignmentUnit[] };
    expect(pairs).toHaveLength(134); // PP1–PP7 and 1–127, each its own unit
    expect(pairs.every((p) => p.change === 'unchanged' && p.similarity === 1)).toBe(true);
  }, 120_000); // two real PDFs read by a fresh process: slow on a busy 2-core machine
});

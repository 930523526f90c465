// Running a CLI as a user does, and what a user must see when it refuses an input.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(script: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', script, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Exit code 2, nothing on stdout, one line on stderr (npm's own warnings aside), no stack trace. */
export function expectOneLineFailure(result: CliResult, words: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l.trim() && !/^npm warn/i.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(words);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

// The CLIs' input files: read whole, or one plain-words line for the user (exit code 2).
import { readFile, stat } from 'node:fs/promises';

/** A problem with the input that a CLI reports as one line (exit code 2). */
export class InputProblem extends Error {}

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputProblem(`${path} is a folder, not a file.`);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputProblem(`No such file: ${path}`);
    if (code === 'EACCES') throw new InputProblem(`Cannot read ${path}: permission denied.`);
    throw new InputProblem(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Writes the message's first line to stderr and exits with code 2: no stack trace for the user. */
export function failWith(message: string): never {
  process.stderr.write(message.split('\n')[0] + '\n');
  process.exit(2);
}

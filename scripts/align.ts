// npm run --silent align -- <old.pdf|old.json|old.html> <new.pdf|new.json|new.html>
// Which paragraphs of the new revision continue which of the old one, as JSON on stdout; a problem
// with an input is one line on stderr and exit code 2.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { alignParagraphs, type AlignInput } from '../utils/align';

class BadInput extends Error {}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 2) fail('Usage: npm run --silent align -- <old.pdf|old.json|old.html> <new.pdf|new.json|new.html>');

try {
  const [oldParas, newParas] = await Promise.all(args.map(readParagraphs));
  const units = alignParagraphs(oldParas!, newParas!);
  const lines = units.map((u) => '  ' + JSON.stringify({ old: u.old, new: u.new, change: u.change, similarity: Math.round(u.similarity * 100) / 100 }));
  process.stdout.write(`{"pairs": [\n${lines.join(',\n')}\n]}\n`);
} catch (error) {
  fail(await describeProblem(error));
}

async function readParagraphs(path: string): Promise<AlignInput[]> {
  if (extname(path).toLowerCase() === '.json') return readJson(path);
  // Loaded only for PDF and HTML: the JSON path needs neither pdf.js nor jsdom.
  const { extractFile } = await import('./lib/extract-file');
  return (await extractFile(path)).paragraphs;
}

/** The extract CLI's output ({document, paragraphs}) or a bare paragraph array. */
async function readJson(path: string): Promise<AlignInput[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadInput(code === 'ENOENT' ? `No such file: ${path}` : code === 'EISDIR' ? `${path} is a folder, not a file.` : `Cannot read ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadInput(`${path}: not valid JSON.`);
  }
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed.paragraphs : undefined;
  if (!Array.isArray(list)) throw new BadInput(`${path}: expected the extract CLI's output ({"paragraphs": [...]}) or an array of paragraphs.`);
  return list.map((p: unknown, i) => {
    if (!isRecord(p) || typeof p.label !== 'string' || typeof p.text !== 'string') {
      throw new BadInput(`${path}: paragraph ${i + 1} needs a string "label" and "text".`);
    }
    return { label: p.label, text: p.text, part: typeof p.part === 'number' ? p.part : 0, heading: typeof p.heading === 'string' ? p.heading : null };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function describeProblem(error: unknown): Promise<string> {
  if (error instanceof BadInput) return error.message;
  const { InputProblem } = await import('./lib/extract-file').catch(() => ({ InputProblem: undefined }));
  if (InputProblem && error instanceof InputProblem) return error.message;
  return `Could not align ${args.join(' and ')}: ${String((error as Error)?.message ?? error)}`;
}

function fail(message: string): never {
  process.stderr.write(message.split('\n')[0] + '\n');
  process.exit(2);
}

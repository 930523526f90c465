// npm run --silent align -- <old.pdf|old.json|old.html> <new.pdf|new.json|new.html>
// Which paragraphs of the new revision continue which of the old one, as JSON on stdout; a problem
// with an input is one line on stderr and exit code 2.
import { extname } from 'node:path';
import { alignParagraphs, type AlignInput } from '../utils/align';
import { isRecord } from '../utils/json-checks';
import { failWith, InputProblem, readInput } from './lib/read-input';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 2) failWith('Usage: npm run --silent align -- <old.pdf|old.json|old.html> <new.pdf|new.json|new.html>');

try {
  const [oldParas, newParas] = await Promise.all(args.map(readParagraphs));
  const units = alignParagraphs(oldParas!, newParas!);
  const lines = units.map((u) => '  ' + JSON.stringify({ old: u.old, new: u.new, change: u.change, similarity: Math.round(u.similarity * 100) / 100 }));
  process.stdout.write(`{"pairs": [\n${lines.join(',\n')}\n]}\n`);
} catch (error) {
  failWith(error instanceof InputProblem ? error.message : `Could not align ${args.join(' and ')}: ${String((error as Error)?.message ?? error)}`);
}

async function readParagraphs(path: string): Promise<AlignInput[]> {
  if (extname(path).toLowerCase() === '.json') return readJson(path);
  // Loaded only for PDF and HTML: the JSON path needs neither pdf.js nor jsdom.
  const { extractFile } = await import('./lib/extract-file');
  // A tracked-changes PDF lists the paragraphs it deletes whole; the revision is its live text.
  return (await extractFile(path)).paragraphs.filter((p) => p.status !== 'deleted');
}

/** The extract CLI's output ({document, paragraphs}) or a bare paragraph array. */
async function readJson(path: string): Promise<AlignInput[]> {
  const text = new TextDecoder().decode(await readInput(path));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputProblem(`${path}: not valid JSON.`);
  }
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed.paragraphs : undefined;
  if (!Array.isArray(list)) throw new InputProblem(`${path}: expected the extract CLI's output ({"paragraphs": [...]}) or an array of paragraphs.`);
  const paragraphs = list.map((p: unknown, i) => {
    if (!isRecord(p) || typeof p.label !== 'string' || typeof p.text !== 'string') {
      throw new InputProblem(`${path}: paragraph ${i + 1} needs a string "label" and "text".`);
    }
    return { label: p.label, text: p.text, part: typeof p.part === 'number' ? p.part : 0, heading: typeof p.heading === 'string' ? p.heading : null, deleted: p.status === 'deleted' };
  });
  // A tracked-changes reading lists the paragraphs deleted whole; the revision is its live text.
  return paragraphs.filter((p) => !p.deleted).map(({ deleted: _deleted, ...p }) => p);
}

// npm run --silent extract -- <file.pdf|file.html>: the document's identity and paragraphs as JSON.
import { extractFile } from './lib/extract-file';
import { failWith, InputProblem } from './lib/read-input';

const [path, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
if (!path || rest.length > 0) failWith('Usage: npm run --silent extract -- <file.pdf|file.html>');

try {
  const result = await extractFile(path);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} catch (error) {
  failWith(error instanceof InputProblem ? error.message : `Could not extract ${path}: ${String((error as Error)?.message ?? error)}`);
}

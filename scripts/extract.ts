// npm run --silent extract -- <file.pdf|file.html>: the document's identity and paragraphs as JSON.
import { extractFile, InputProblem } from './lib/extract-file';

const [path, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
if (!path || rest.length > 0) {
  process.stderr.write('Usage: npm run --silent extract -- <file.pdf|file.html>\n');
  process.exit(2);
}

try {
  const result = await extractFile(path);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} catch (error) {
  const message = error instanceof InputProblem ? error.message : `Could not extract ${path}: ${String((error as Error)?.message ?? error)}`;
  process.stderr.write(message.split('\n')[0] + '\n');
  process.exit(2);
}

// Text from PDFs, pages and position data must only ever reach the DOM as text nodes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const SOURCE_DIRS = ['utils', 'components', 'entrypoints'];
const MARKUP_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment)\b|\beval\(|new Function\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

it('no extension source writes markup or evaluates code', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);
  expect(files.length).toBeGreaterThan(20);
  const offenders = files.filter((file) => MARKUP_SINKS.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

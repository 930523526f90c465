// V8 compiles a function when it is first called, on the main thread, unless the script says that its
// functions all run at load (an explicit compile hint, Chromium 136+: a magic comment on the first line).
// Then it compiles them eagerly, on a background thread, while the script streams in. The overlay module
// is that case: everything in it runs as soon as it is imported on a WSIS page, and lazy compiling cost
// 5–25 ms inside the overlay's first placement (tests/e2e traces; scripts/bench/page-overlay.mts).
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(fileNames: readonly string[]): Plugin {
  return {
    name: 'wsis-lens:compile-hints',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && fileNames.includes(output.fileName) && !output.code.startsWith(HINT)) output.code = HINT + output.code;
      }
    },
  };
}

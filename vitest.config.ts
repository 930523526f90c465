import './scripts/lib/node20-builtins.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  // The same `@/` and `~/` imports as the WXT build (scoped packages like @wxt-dev/… are untouched).
  resolve: { alias: [{ find: /^[@~]\//, replacement: root }] },
  test: {
    include: ['utils/**/*.test.ts', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
  },
});

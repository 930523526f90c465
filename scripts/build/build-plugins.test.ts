import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { compileHints } from './compile-hints';
import { polyfillAsEsm } from './polyfill-as-esm';

type Hook = (...args: unknown[]) => unknown;
const hook = (plugin: object, name: string): Hook => {
  const value = (plugin as Record<string, unknown>)[name];
  return (typeof value === 'function' ? value : (value as { handler: Hook }).handler) as Hook;
};

describe('compileHints', () => {
  const bundle = () =>
    ({
      'wsis-overlay.js': { type: 'chunk', fileName: 'wsis-overlay.js', code: 'var a=1;' },
      'content-scripts/wsis.js': { type: 'chunk', fileName: 'content-scripts/wsis.js', code: 'var b=2;' },
      'overlay.css': { type: 'asset', fileName: 'overlay.css', source: 'a{}' },
    }) as unknown as Rollup.OutputBundle;

  it('puts the hint on the first line of the named files only, once', () => {
    const out = bundle();
    const generate = hook(compileHints(['wsis-overlay.js']), 'generateBundle');
    generate({}, out);
    generate({}, out);
    expect((out['wsis-overlay.js'] as { code: string }).code).toBe('//# allFunctionsCalledOnLoad\nvar a=1;');
    expect((out['content-scripts/wsis.js'] as { code: string }).code).toBe('var b=2;');
  });
});

describe('polyfillAsEsm', () => {
  const transform = hook(polyfillAsEsm(), 'transform');
  const umd = '(function (g, f) { if (typeof exports !== "undefined") f(module); })(this, function (module) { module.exports = { runtime: 1 }; });';

  it('turns the polyfill into an ES module whose default export is what it put in module.exports', async () => {
    const result = transform(umd, '/repo/node_modules/webextension-polyfill/dist/browser-polyfill.js') as { code: string };
    expect(result.code).toMatch(/export default module\.exports;\s*$/);
    const url = `data:text/javascript,${encodeURIComponent(result.code)}`;
    expect((await import(/* @vite-ignore */ url)).default).toEqual({ runtime: 1 });
  });

  it('leaves every other module alone', () => {
    expect(transform(umd, '/repo/node_modules/other/dist/browser-polyfill.js')).toBeNull();
    expect(transform(umd, '/repo/utils/detect.ts')).toBeNull();
  });
});

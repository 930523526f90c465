// pdf.js in node 20: the legacy build, plus the one ES2024 builtin it still expects.
if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** Opens PDF bytes with pdf.js, quietly (no console warnings for sloppy real-world files). */
export function openPdf(data: Uint8Array) {
  return pdfjs.getDocument({ data, verbosity: 0 }).promise;
}

export { pdfjs };

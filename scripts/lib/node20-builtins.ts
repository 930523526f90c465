// Node 20 lacks ES2024 builtins that vitest 5 (Map.groupBy, when it prints failures) and pdf.js 6
// (Promise.withResolvers; ArrayBuffer transferToFixedLength when it builds a page's operator list) call. Loaded before either runs; a no-op on node ≥ 22.
export {};

type GroupBy = <T, K>(items: Iterable<T>, key: (item: T, index: number) => K) => unknown;

function groupInto<T, K>(items: Iterable<T>, key: (item: T, index: number) => K, add: (k: K, item: T) => void) {
  let index = 0;
  for (const item of items) add(key(item, index++), item);
}

const mapGroupBy: GroupBy = (items, key) => {
  const out = new Map();
  groupInto(items, key, (k, item) => (out.get(k) ?? out.set(k, []).get(k)).push(item));
  return out;
};
const objectGroupBy: GroupBy = (items, key) => {
  const out: Record<PropertyKey, unknown[]> = Object.create(null);
  groupInto(items, key, (k, item) => (out[k as PropertyKey] ??= []).push(item));
  return out;
};

function define(target: object, name: string, value: unknown) {
  if (!(name in target)) Object.defineProperty(target, name, { configurable: true, writable: true, value });
}

define(Map, 'groupBy', mapGroupBy);
define(Object, 'groupBy', objectGroupBy);
define(Promise, 'withResolvers', function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
});
// A copy stands in for the transfer: the old buffer stays usable, which no caller here minds.
function transferToFixedLength(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
  const out = new ArrayBuffer(length);
  new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return out;
}
define(ArrayBuffer.prototype, 'transferToFixedLength', transferToFixedLength);
define(ArrayBuffer.prototype, 'transfer', transferToFixedLength);

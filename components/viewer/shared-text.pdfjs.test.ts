// SharedText against the pinned pdf.js itself, not a fake: the whole-page request goes through pdf.js
// internals (see wholePageText), so an upgrade that moves them fails here rather than silently falling
// back on the slower public stream.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { openPdf } from '../../scripts/lib/pdfjs-node';
import { SharedText } from './shared-text';

const PDF = 'tests/fixtures/synthetic/no-preamble-long.pdf';

const strings = (items: readonly object[]) => items.map((item) => ('str' in item ? item.str : ''));

describe('SharedText with pdf.js', () => {
  it('reads each page whole through the worker request pdf.js uses, with the text pdf.js gives', async () => {
    const reference = await openPdf(new Uint8Array(readFileSync(PDF)));
    const doc = (await openPdf(new Uint8Array(readFileSync(PDF)))) as PDFDocumentProxy & { _transport?: { messageHandler?: { sendWithStream?: unknown } } };
    const handler = doc._transport?.messageHandler as { sendWithStream(...args: unknown[]): unknown } | undefined;
    expect(typeof handler?.sendWithStream, 'pdf.js internals the viewer relies on').toBe('function');
    const asked = vi.spyOn(handler!, 'sendWithStream');
    const shared = SharedText.install(doc);
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const [whole, expected] = await Promise.all([
          doc.getPage(n).then((page) => shared.raw(page)),
          reference.getPage(n).then((page) => page.getTextContent({ disableNormalization: true })),
        ]);
        expect(strings(whole.items)).toEqual(strings(expected.items));
      }
      expect(asked.mock.calls.filter(([action]) => action === 'GetTextContent')).toHaveLength(doc.numPages);
    } finally {
      await Promise.all([doc.loadingTask.destroy(), reference.loadingTask.destroy()]);
    }
  });
});

// Offers to open the active tab's UN PDF in WSIS Lens's viewer. WSIS+20 drafts go there by themselves;
// any other resolution or draft on the UN hosts (the viewer reads them all), or a WSIS PDF the reader
// sent to the browser's viewer, goes there on request. The tab's address is readable without the
// `tabs` permission because the UN hosts are the extension's host permissions.
import { useEffect, useState } from 'preact/hooks';
import { isUnPdfUrl } from '@/utils/detect';
import { parseTargetFragment, viewerUrlFor } from '@/utils/viewer-url';

export function OpenTabInViewer({ viewerPage }: { viewerPage: string }) {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);

  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([active]) => {
        if (active?.id !== undefined && active.url && isUnPdfUrl(active.url)) setTab({ id: active.id, url: active.url });
      },
      () => undefined, // no tab to offer
    );
  }, []);

  if (!tab) return null;
  const open = () => {
    const target = parseTargetFragment(new URL(tab.url).hash);
    void browser.tabs.update(tab.id, { url: viewerUrlFor(viewerPage, tab.url, target) }).then(() => window.close());
  };
  return (
    <div class="open-tab">
      <button type="button" onClick={open} data-wsis-open-tab="">
        Open this PDF in WSIS Lens
      </button>
      <p class="hint">Paragraph numbers, an index and a card for every paragraph of this document.</p>
    </div>
  );
}

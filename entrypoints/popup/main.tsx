// The toolbar popup: for now only the switch that sends WSIS PDFs to the extension's viewer.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { INTERCEPT_DEFAULT, INTERCEPT_STORAGE_KEY } from '@/utils/pdf-interception';

function Popup() {
  const [intercept, setIntercept] = useState<boolean | null>(null);

  useEffect(() => {
    void browser.storage.local.get(INTERCEPT_STORAGE_KEY).then((stored) => {
      const value = stored[INTERCEPT_STORAGE_KEY];
      setIntercept(typeof value === 'boolean' ? value : INTERCEPT_DEFAULT);
    });
  }, []);

  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    setIntercept(checked);
    // The background watches this key and adds or removes the redirect rules.
    void browser.storage.local.set({ [INTERCEPT_STORAGE_KEY]: checked });
  };

  return (
    <main class="popup">
      <h1>WSIS Lens</h1>
      <label>
        <input type="checkbox" checked={intercept ?? INTERCEPT_DEFAULT} disabled={intercept === null} onChange={toggle} />
        <span>Open WSIS PDFs in WSIS Lens</span>
      </label>
      <p class="hint">Drafts on the UN sites open with paragraph numbers. Off: the browser's own PDF viewer.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);

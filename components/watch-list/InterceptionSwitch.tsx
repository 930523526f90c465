// The switch that sends WSIS PDFs to the extension's viewer (the background watches the stored key).
import { useEffect, useState } from 'preact/hooks';
import { INTERCEPT_DEFAULT, INTERCEPT_STORAGE_KEY } from '@/utils/pdf-interception';

export function InterceptionSwitch() {
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
    void browser.storage.local.set({ [INTERCEPT_STORAGE_KEY]: checked });
  };

  return (
    <div class="switch">
      <label>
        <input type="checkbox" checked={intercept ?? INTERCEPT_DEFAULT} disabled={intercept === null} onChange={toggle} data-wsis-intercept="" />
        <span>Open WSIS PDFs in WSIS Lens</span>
      </label>
      <p class="hint">Drafts on the UN sites open with paragraph numbers. Off: the browser's own PDF viewer.</p>
    </div>
  );
}

// The optional sync of the watch list across the reader's browsers (storage.sync; off by default).
// The background does the syncing when the stored switch is on and reports what it did.
import { useEffect, useState } from 'preact/hooks';
import { SYNC_STATUS_KEY, SYNC_SWITCH_KEY, type SyncStatus } from '@/utils/watches/sync-payload';

export function SyncSwitch() {
  const available = Boolean(browser.storage.sync);
  const [on, setOn] = useState<boolean | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);

  useEffect(() => {
    void browser.storage.local.get([SYNC_SWITCH_KEY, SYNC_STATUS_KEY]).then((stored) => {
      setOn(stored[SYNC_SWITCH_KEY] === true);
      setStatus((stored[SYNC_STATUS_KEY] as SyncStatus | undefined) ?? null);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SYNC_STATUS_KEY]) setStatus((changes[SYNC_STATUS_KEY].newValue as SyncStatus | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    setOn(checked);
    void browser.storage.local.set({ [SYNC_SWITCH_KEY]: checked });
  };

  return (
    <div class="sync">
      <label>
        <input type="checkbox" checked={on === true} disabled={!available || on === null} onChange={toggle} data-wsis-sync="" />
        <span>Sync the watch list across my browsers</span>
      </label>
      <p class="hint">
        {available
          ? "Through the browser's own sync: which paragraphs you watch, the revision you have seen, and your notes; the paragraph texts too while all fits in its 100 kB, otherwise each browser takes them from its own copy of the revision."
          : 'This browser has no sync storage.'}
      </p>
      {on && status ? (
        <p class="hint" data-wsis-sync-status={status.ok ? 'ok' : 'error'}>
          {status.ok
            ? `Synced ${status.count} watched paragraph${status.count === 1 ? '' : 's'}${status.withTexts ? ' with their texts' : ' (without their texts, to fit)'} at ${new Date(status.at).toLocaleTimeString()}.`
            : `Not synced: ${status.reason}.`}
        </p>
      ) : null}
    </div>
  );
}

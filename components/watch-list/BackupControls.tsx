// Export and import of the reader's watches and notes (with their own positions): one JSON file,
// checked in full before anything is written (utils/db/backup), so a bad file changes nothing.
import { useState } from 'preact/hooks';
import { withDb } from '@/utils/db/connection';

// Loaded on use: the popup opens without the backup format and its checks.
const backupCode = () => import('@/utils/db/backup');

export function BackupControls({ onImported }: { onImported(): void }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);

  const exportFile = async () => {
    try {
      const { exportBackup } = await backupCode();
      const backup = await withDb((db) => exportBackup(db));
      const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = `wsis-lens-watches-${backup.exportedAt.slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setMessage({ kind: 'ok', lines: [`Exported ${backup.watches.length} watched paragraph${backup.watches.length === 1 ? '' : 's'} and ${backup.positions.length} own position${backup.positions.length === 1 ? '' : 's'}.`] });
    } catch (error) {
      setMessage({ kind: 'error', lines: [`Could not export: ${error instanceof Error ? error.message : String(error)}`] });
    }
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { importBackup } = await backupCode();
      const result = await withDb(async (db) => importBackup(db, await file.text()));
      if (result.ok) {
        setMessage({ kind: 'ok', lines: [`Imported ${result.counts.watches} watched paragraph${result.counts.watches === 1 ? '' : 's'} and ${result.counts.positions} own position${result.counts.positions === 1 ? '' : 's'} from ${file.name}.`] });
        onImported();
      } else {
        setMessage({ kind: 'error', lines: [`Nothing was imported: ${file.name} is not a valid WSIS Lens backup.`, ...result.errors] });
      }
    } catch (error) {
      setMessage({ kind: 'error', lines: [`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`] });
    }
  };

  return (
    <div class="backup">
      <button type="button" onClick={() => void exportFile()} data-wsis-export="">
        Export watches and notes
      </button>
      <label class="backup__import">
        Import…
        <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} data-wsis-import="" />
      </label>
      {message ? (
        <div class={`backup__message backup__message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-wsis-backup-message={message.kind}>
          {message.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

// The toolbar popup: the reader's watched paragraphs (what changed since last looked), the drafts read,
// backup, and the PDF interception switch. Marks `wsis-lens:popup-interactive` once the list is usable (bench).
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { BackupControls } from './BackupControls';
import { DraftsRead } from './DraftsRead';
import { InterceptionSwitch } from './InterceptionSwitch';
import { notifyWatchesChanged } from './notify-background';
import { OpenTabInViewer } from './OpenTabInViewer';
import { SyncSwitch } from './SyncSwitch';
import { useWatchRows } from './use-watch-rows';
import { WatchList } from './WatchList';

export function PopupApp({ viewerPage }: { viewerPage: string }) {
  const watches = useWatchRows(viewerPage);
  const ready = watches.rows !== null || watches.problem !== null;

  // Layout effect: the list is in the document with its handlers; what follows is the browser's paint.
  useLayoutEffect(() => {
    if (ready && performance.getEntriesByName('wsis-lens:popup-interactive').length === 0) performance.mark('wsis-lens:popup-interactive');
  }, [ready]);
  useEffect(() => {
    if (watches.refined) performance.mark('wsis-lens:popup-refined');
  }, [watches.refined]);

  return (
    <main class="popup" data-wsis-popup={watches.refined ? 'refined' : ready ? 'ready' : 'loading'}>
      <h1>WSIS Lens</h1>
      <OpenTabInViewer viewerPage={viewerPage} />
      {watches.problem ? (
        <p class="problem" role="alert">
          Could not read the watch list: {watches.problem}
        </p>
      ) : null}
      {watches.rows === null ? (
        watches.problem ? null : <p class="hint">Reading the watch list…</p>
      ) : (
        <WatchList
          rows={watches.rows}
          onSeen={(row) => void watches.markSeen([row])}
          onSeenAll={(rows) => void watches.markSeen(rows)}
          onRemove={(row) => void watches.remove(row)}
          onNote={(row, note) => void watches.saveNote(row, note)}
        />
      )}
      <DraftsRead viewerPage={viewerPage} />
      <details class="more">
        <summary>Backup and sync</summary>
        <BackupControls onImported={() => void notifyWatchesChanged().then(watches.reload)} />
        <SyncSwitch />
      </details>
      <InterceptionSwitch />
      <p class="hint"><a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener" data-wsis-link="positions-options">Positions and packs</a></p>
    </main>
  );
}

// "Positions and packs": the reader's own positions (export as a pack file, import one), and packs
// subscribed by URL on an https host the reader grants when subscribing, refreshed on demand.
import { useEffect, useState } from 'preact/hooks';
import { withDb } from '@/utils/db/connection';
import { listPacks, removePack, savePackFetch } from '@/utils/db/pack-repository';
import { listPositionsByOrigin, putPositions } from '@/utils/db/position-repository';
import type { PackSubscription } from '@/utils/db/schema';
import { revisionName } from '@/utils/catalog';
import type { Position } from '@/utils/positions/model';
import { ownPack } from '@/utils/positions/own-position';
import { fetchPack, packAddress } from '@/utils/positions/pack-subscription';
import { parsePack } from '@/utils/positions/validate';
import { onPositionsChanged, positionsChanged } from './positions-store';

/** 'busy': an import being read and stored (its outcome replaces it). */
type Message = { kind: 'ok' | 'error' | 'busy'; text: string; details?: string[] } | null;

export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export function PositionsOptions({ permissions }: { permissions: PermissionsApi }) {
  // null until read: the heading gives no count rather than a 0 that is not known yet.
  const [own, setOwn] = useState<Position[] | null>(null);
  const [packs, setPacks] = useState<PackSubscription[]>([]);
  const [importMessage, setImportMessage] = useState<Message>(null);
  const [packMessage, setPackMessage] = useState<Message>(null);
  const [packUrl, setPackUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);

  const reload = () =>
    withDb((db) => Promise.all([listPositionsByOrigin(db, 'own'), listPacks(db)])).then(([positions, subscribed]) => {
      setOwn(positions.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)));
      setPacks(subscribed);
    });
  useEffect(() => {
    void reload();
    return onPositionsChanged(() => void reload());
  }, []);

  const exportOwn = () => {
    const pack = ownPack(own ?? [], 'My WSIS+20 positions');
    const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `wsis-lens-positions-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  // The previous import's message gives way at once (it is not this file's outcome), and the outcome
  // shows with the list already updated; one import at a time, so outcomes come in order.
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setImporting(true);
    setImportMessage({ kind: 'busy', text: `Importing ${file.name}…` });
    try {
      setImportMessage(await importPack(file));
    } finally {
      setImporting(false);
    }
  };
  const importPack = async (file: File): Promise<Message> => {
    const parsed = parsePack(await file.text(), 'own');
    if (!parsed.ok) return { kind: 'error', text: `Nothing was imported: ${file.name} is not a valid positions pack.`, details: parsed.errors };
    try {
      await withDb((db) => putPositions(db, parsed.value.positions));
    } catch (error) {
      return { kind: 'error', text: `Nothing was imported: saving failed (${error instanceof Error ? error.message : String(error)}).` };
    }
    await reload().catch(() => undefined);
    positionsChanged();
    const count = parsed.value.positions.length;
    return { kind: 'ok', text: `Imported ${count} position${count === 1 ? '' : 's'} from “${parsed.value.name}” into your positions.` };
  };

  const refresh = async (url: string, etag: string | null): Promise<void> => {
    const fetched = await fetchPack(url, etag);
    if (fetched.state === 'unchanged') {
      setPackMessage({ kind: 'ok', text: `${url}: unchanged since the last fetch.` });
      return;
    }
    if (fetched.state === 'failed') {
      setPackMessage({ kind: 'error', text: `${url}: nothing changed, because`, details: fetched.errors });
      return;
    }
    const saved = await withDb((db) =>
      savePackFetch(db, { url, name: fetched.pack.name, etag: fetched.etag, fetchedAt: new Date().toISOString() }, fetched.pack.positions),
    );
    setPackMessage({ kind: 'ok', text: `“${saved.name}”: ${saved.count} position${saved.count === 1 ? '' : 's'}.` });
    positionsChanged();
  };

  const subscribe = (event: Event) => {
    event.preventDefault();
    const address = packAddress(packUrl);
    if (!address.ok) {
      setPackMessage({ kind: 'error', text: address.error });
      return;
    }
    // Asked right in the click: browsers grant optional permissions only during a user gesture.
    const granted = permissions.request({ origins: [address.originPattern] });
    setBusy(true);
    void granted
      .then(async (ok) => {
        if (!ok) {
          setPackMessage({ kind: 'error', text: `Not subscribed: WSIS Lens needs your permission to read ${address.originPattern.slice(0, -2)}.` });
          return;
        }
        await refresh(address.url, null);
        setPackUrl('');
      })
      .catch((error: unknown) => setPackMessage({ kind: 'error', text: `Not subscribed: ${error instanceof Error ? error.message : String(error)}` }))
      .finally(() => setBusy(false));
  };

  const unsubscribe = async (pack: PackSubscription) => {
    await withDb((db) => removePack(db, pack.url));
    const host = packAddress(pack.url);
    // Give the host back unless another pack still lives there.
    if (host.ok && !packs.some((other) => other.url !== pack.url && packAddress(other.url).ok && other.url.startsWith(host.originPattern.slice(0, -1)))) {
      await permissions.remove({ origins: [host.originPattern] }).catch(() => false);
    }
    setPackMessage({ kind: 'ok', text: `Unsubscribed from “${pack.name}”.` });
    positionsChanged();
  };

  return (
    <main class="options">
      <h1>Positions and packs</h1>
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">Your positions{own ? ` (${own.length})` : ''}</h2>
        <p class="hint">Positions you add in a paragraph's card. Export them as a pack file to keep or share; importing a pack file adds its positions to yours (same ids are replaced).</p>
        {own && own.length > 0 ? (
          <ul class="own-list" data-wsis-own-list="">
            {own.map((position) => (
              <li key={position.id}>
                <strong>{position.stakeholder}</strong> on {revisionName(position.revision)} ¶{position.paragraphs.join(', ')} ({position.date}): {position.summary}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="row">
          <button type="button" onClick={exportOwn} disabled={!own || own.length === 0} data-wsis-export="">
            Export your positions
          </button>
          <label class="file">
            Import a pack file…
            <input type="file" accept="application/json,.json" data-wsis-import="" disabled={importing} onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)} />
          </label>
        </div>
        <MessageView message={importMessage} name="import" />
      </section>
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">Subscribed packs ({packs.length})</h2>
        <p class="hint">A pack is a positions file someone publishes at an https address. WSIS Lens asks your permission for that one host when you subscribe, and fetches the pack only when you ask.</p>
        <form class="row" onSubmit={subscribe}>
          <input
            type="url"
            placeholder="https://example.org/positions.json"
            aria-label="Pack address"
            value={packUrl}
            onInput={(event) => setPackUrl((event.currentTarget as HTMLInputElement).value)}
            data-wsis-pack-url=""
          />
          <button type="submit" disabled={busy}>
            Subscribe
          </button>
        </form>
        <MessageView message={packMessage} name="pack" />
        {packs.length > 0 ? (
          <ul class="pack-list">
            {packs.map((pack) => (
              <li key={pack.url} data-wsis-pack={pack.url}>
                <strong>{pack.name}</strong> — {pack.count} position{pack.count === 1 ? '' : 's'}
                <br />
                <span class="url">{pack.url}</span>
                <br />
                <span class="hint">Fetched {pack.lastFetched ? new Date(pack.lastFetched).toLocaleString() : 'never'}</span>{' '}
                <button type="button" onClick={() => void refresh(pack.url, pack.etag)}>
                  Refresh
                </button>{' '}
                <button type="button" onClick={() => void unsubscribe(pack)}>
                  Unsubscribe
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </main>
  );
}

function MessageView({ message, name }: { message: Message; name: string }) {
  if (!message) return null;
  return (
    <div
      class={`message message--${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      aria-busy={message.kind === 'busy' || undefined}
      data-wsis-message={name}
      data-wsis-message-kind={message.kind}
    >
      <p>{message.text}</p>
      {message.details?.length ? (
        <ul>
          {message.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

// Subscribing to a pack URL: only https, on a host the reader grants when subscribing (an optional
// host permission), fetched again on demand with the last ETag so an unchanged pack costs nothing.
import type { PositionPack } from './model';
import { safeHttpUrl } from './safe-url';
import { parsePack } from './validate';

export type PackAddress = { ok: true; url: string; originPattern: string } | { ok: false; error: string };

/** The pack URL as typed, checked; `originPattern` is what to ask the browser for ("https://host/*"). */
export function packAddress(input: string): PackAddress {
  const url = safeHttpUrl(input);
  if (url === null) return { ok: false, error: 'Give the full address of the pack, starting with https://.' };
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') return { ok: false, error: 'Packs are fetched over https only; this address starts with http://.' };
  return { ok: true, url, originPattern: `${parsed.origin}/*` };
}

export type PackFetch =
  | { state: 'updated'; pack: PositionPack; etag: string | null }
  | { state: 'unchanged' }
  | { state: 'failed'; errors: string[] };

/** Fetches and checks a pack; a failure of any kind says what went wrong and changes nothing. */
export async function fetchPack(url: string, etag: string | null, fetchImpl: typeof fetch = fetch): Promise<PackFetch> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
    });
  } catch (error) {
    return { state: 'failed', errors: [`could not reach ${new URL(url).host}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (response.status === 304) return { state: 'unchanged' };
  if (!response.ok) return { state: 'failed', errors: [`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`] };
  const parsed = parsePack(await response.text(), `pack:${url}`);
  if (!parsed.ok) return { state: 'failed', errors: parsed.errors };
  return { state: 'updated', pack: parsed.value, etag: response.headers.get('ETag') };
}

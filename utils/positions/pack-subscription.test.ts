import { describe, expect, it } from 'vitest';
import { fetchPack, packAddress } from './pack-subscription';

const PACK = {
  format: 'wsis-lens-positions',
  version: 1,
  name: 'Friends of the IGF',
  positions: [
    {
      id: 'f1',
      stakeholder: 'Friends',
      kind: 'statement',
      stance: 'supports',
      family: 'wsis20-outcome',
      revision: 'rev2',
      paragraphs: ['98'],
      evidence: 'explicit',
      summary: 'Permanent IGF',
      sourceUrl: 'https://friends.example/igf',
      date: '2025-12-05',
    },
  ],
};

function fakeFetch(respond: (init: RequestInit | undefined) => Response) {
  const calls: (RequestInit | undefined)[] = [];
  const impl = (async (_url: string, init?: RequestInit) => {
    calls.push(init);
    return respond(init);
  }) as typeof fetch;
  return { impl, calls };
}

describe('packAddress', () => {
  it('takes https addresses and names the host to ask for', () => {
    expect(packAddress(' https://packs.example/igf.json ')).toEqual({ ok: true, url: 'https://packs.example/igf.json', originPattern: 'https://packs.example/*' });
  });
  it('refuses http, javascript: and bare words with a reason', () => {
    expect(packAddress('http://packs.example/igf.json')).toMatchObject({ ok: false, error: expect.stringContaining('https only') });
    expect(packAddress('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(packAddress('igf.json')).toMatchObject({ ok: false });
  });
});

describe('fetchPack', () => {
  it('reads a valid pack, gives its positions the pack origin and keeps the ETag', async () => {
    const { impl } = fakeFetch(() => new Response(JSON.stringify(PACK), { headers: { ETag: '"v1"' } }));
    const result = await fetchPack('https://packs.example/igf.json', null, impl);
    expect(result.state).toBe('updated');
    if (result.state !== 'updated') return;
    expect(result.etag).toBe('"v1"');
    expect(result.pack.positions[0]?.origin).toBe('pack:https://packs.example/igf.json');
  });

  it('asks with the last ETag and reports an unchanged pack', async () => {
    const { impl, calls } = fakeFetch(() => new Response(null, { status: 304 }));
    expect(await fetchPack('https://packs.example/igf.json', '"v1"', impl)).toEqual({ state: 'unchanged' });
    expect(calls[0]?.headers).toEqual({ 'If-None-Match': '"v1"' });
  });

  it('says what is wrong with a bad pack or a failed request', async () => {
    const bad = fakeFetch(() => new Response(JSON.stringify({ ...PACK, positions: [{ ...PACK.positions[0], sourceUrl: 'javascript:x' }] })));
    expect(await fetchPack('https://packs.example/igf.json', null, bad.impl)).toEqual({
      state: 'failed',
      errors: ['positions[0].sourceUrl: must be an http(s) URL (got "javascript:x")'],
    });
    const missing = fakeFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await fetchPack('https://packs.example/igf.json', null, missing.impl)).toEqual({ state: 'failed', errors: ['the server answered 404 Not Found'] });
  });
});

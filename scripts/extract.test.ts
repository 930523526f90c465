// The extract CLI as a user runs it: JSON on stdout, or one clear line on stderr and exit code 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineFailure, runCli } from './lib/cli-test-support';
import { REAL_L41 as REAL } from './lib/shared-dir';

const ENCRYPTED = 'tests/fixtures/bad/encrypted.pdf';

const extract = (file: string) => runCli('scripts/extract.ts', file);

describe('extract CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wsis-extract-'));
  });

  it('prints the real A/80/L.41 as the WSIS+20 outcome, with its paragraphs', async () => {
    const { code, stdout } = await extract(REAL);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.document).toMatchObject({ family: 'wsis20-outcome', revision: 'L.41', symbol: 'A/80/L.41' });
    expect(Object.keys(json.document).sort()).toEqual(['family', 'revision', 'symbol', 'title', 'variant']);
    const labels = json.paragraphs.map((p: { label: string }) => p.label);
    expect(labels.slice(0, 8)).toEqual(['PP1', 'PP2', 'PP3', 'PP4', 'PP5', 'PP6', 'PP7', '1']);
    expect(labels.at(-1)).toBe('127');
    const first = json.paragraphs.find((p: { label: string }) => p.label === '1');
    expect(first).toMatchObject({ kind: 'operative', page: 2, heading: 'Introduction' });
    expect(first.text).toMatch(/^We reaffirm our commitment/);
  });

  it('reads a tracked-changes PDF as such: paragraphs deleted whole marked deleted, the others with their changes', async () => {
    const { code, stdout } = await extract('tests/fixtures/revision-set/rev2-tracked.pdf');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.document).toMatchObject({ family: 'wsis20-outcome', revision: 'rev2', variant: 'tracked' });
    const byLabel = (label: string) => json.paragraphs.find((p: { label: string }) => p.label === label);
    expect(json.paragraphs.filter((p: { status?: string }) => p.status === 'deleted').map((p: { label: string }) => p.label)).toEqual(['del-99', 'del-100']);
    expect(byLabel('del-99').changes).toEqual([{ type: 'del', text: byLabel('del-99').text }]);
    expect(byLabel('98').text).toMatch(/^We decide that the Internet Governance Forum shall be made a permanent forum/);
    expect(byLabel('98').changes).toContainEqual({ type: 'del', text: 'should become' });
    expect(byLabel('98').changes).toContainEqual({ type: 'ins', text: 'shall be made' });
    expect(byLabel('97')).toMatchObject({ changes: [] });
    expect(json.paragraphs.filter((p: { status?: string; changes?: unknown }) => p.status !== 'deleted' && !Array.isArray(p.changes))).toEqual([]);
  }, 60_000);

  it('adds no tracked-changes fields to a clean PDF', async () => {
    const { code, stdout } = await extract('tests/fixtures/revision-set/rev2-clean.pdf');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.document).toMatchObject({ revision: 'rev2', variant: 'clean' });
    expect(json.paragraphs.map((p: { label: string }) => p.label)).toContain('98');
    expect(json.paragraphs.filter((p: object) => 'status' in p || 'changes' in p)).toEqual([]);
  }, 60_000);

  it('reads numbered paragraphs from an HTML page', async () => {
    const { code, stdout } = await extract('tests/fixtures/pages/wsis20-rev2-text.html');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.document.family).toBe('wsis20-outcome');
    const labels = json.paragraphs.map((p: { label: string }) => p.label);
    expect(labels[0]).toBe('PP1');
    expect(labels).toContain('98');
    expect(json.paragraphs.every((p: { page: unknown }) => p.page === null)).toBe(true);
  });

  it('refuses a missing file', async () => {
    expectOneLineFailure(await extract(join(dir, 'nope.pdf')), /no such file/i);
  });

  it('refuses an empty file', async () => {
    const file = join(dir, 'empty.pdf');
    writeFileSync(file, '');
    expectOneLineFailure(await extract(file), /empty/i);
  });

  it('refuses a web page saved as .pdf', async () => {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, '<!DOCTYPE html><html><head><title>Not found</title></head><body>404</body></html>');
    expectOneLineFailure(await extract(file), /web page|HTML/);
  });

  it('refuses a corrupt PDF', async () => {
    const file = join(dir, 'corrupt.pdf');
    const bytes = readFileSync(REAL);
    // A real header, then noise where the objects and the cross-reference table should be.
    writeFileSync(file, Buffer.concat([bytes.subarray(0, 16), Buffer.alloc(4000, 0x5a), Buffer.from('\n%%EOF\n')]));
    expectOneLineFailure(await extract(file), /damaged|cannot be read|incomplete/i);
  });

  it('refuses a truncated PDF', async () => {
    const file = join(dir, 'truncated.pdf');
    writeFileSync(file, readFileSync(REAL).subarray(0, 40_000));
    expectOneLineFailure(await extract(file), /incomplete|damaged/i);
  });

  it('refuses an encrypted PDF', async () => {
    expectOneLineFailure(await extract(ENCRYPTED), /password/i);
  });
});

// Support for the viewer's e2e tests: Chromium with the built extension, the UN hosts resolved to a
// local HTTPS server instead of Playwright routes.
//
// Why not the harness's `serveUnPages`: Playwright's request interception takes main-frame requests
// before declarativeNetRequest sees them, so a routed navigation is never redirected to the viewer
// (checked in Chromium 156). A real server behind `--host-resolver-rules` leaves DNR in charge.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, UN_HOSTS, chromiumArgs, reportPageErrors } from './harness.ts';

export interface Served {
  body: string | Uint8Array;
  status?: number;
  contentType?: string;
}

export interface ViewerBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serves `body` at a full https URL on a UN host (query included, fragment ignored). */
  serve(url: string, served: Served): void;
  /** How many times the server was asked for a URL (fragment ignored). */
  hits(url: string): number;
  viewerPage(): string;
  close(): Promise<void>;
}

function keyOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.pathname}${parsed.search}`;
}

/** A throwaway self-signed certificate (Chromium is told to ignore certificate errors anyway). */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsis-viewer-cert-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=docs.un.org', '-keyout', 'key.pem', '-out', 'cert.pem'],
      { cwd: dir, stdio: 'ignore' },
    );
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } catch {
    throw new Error('The viewer e2e tests need `openssl` to make a local certificate (apt-get install -y openssl).');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `userDataDir`: a profile kept across launches (a browser restart); a throwaway one by default. */
export async function launchViewerBrowser(options: { userDataDir?: string } = {}): Promise<ViewerBrowser> {
  const routes = new Map<string, Served>();
  const counts = new Map<string, number>();
  const server: Server = createServer(makeCertificate(), (request, response) => {
    const key = `${(request.headers.host ?? '').split(':')[0]}${request.url ?? '/'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const served = routes.get(key);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      response.end('<!doctype html><title>Not found</title>');
      return;
    }
    const body = typeof served.body === 'string' ? Buffer.from(served.body) : Buffer.from(served.body);
    response.writeHead(served.status ?? 200, {
      'content-type': served.contentType ?? 'application/pdf',
      'content-length': String(body.length),
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // dig.watch stands for any non-UN site linking to a UN PDF.
  const hostRules = [...UN_HOSTS, 'dig.watch'].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');

  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs([`--host-resolver-rules=${hostRules}, EXCLUDE localhost`, '--ignore-certificate-errors']),
  });
  reportPageErrors(context);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    await waitForRedirectRules(worker);
    return {
      context,
      extensionId,
      worker,
      serve: (url, served) => routes.set(keyOf(url), served),
      hits: (url) => counts.get(keyOf(url)) ?? 0,
      viewerPage: () => `chrome-extension://${extensionId}/viewer.html`,
      close: async () => {
        await context.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  } catch (error) {
    await context.close();
    server.close();
    throw error;
  }
}

/** The background adds its rules at start-up; navigating earlier would race it. */
export async function waitForRedirectRules(worker: Worker, expected = true): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const count = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } } }).chrome;
      return (await api.declarativeNetRequest.getDynamicRules()).length;
    });
    if ((count > 0) === expected || Date.now() > deadline) return count;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Badges in the viewer (the only elements with data-wsis-para). */
export function badgeCount(page: Page): Promise<number> {
  return page.locator('[data-wsis-para]').count();
}

/** Waits until the viewer has finished indexing (the progress bar is gone and pages are known). */
export async function waitForIndex(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.wsis-progress:not(.wsis-progress--idle)') && (document.querySelector('[data-wsis-page-count]')?.getAttribute('data-wsis-page-count') ?? '0') !== '0',
    undefined,
    { timeout },
  );
}

/** Opens a UN address in a new tab and waits until the redirect landed in the viewer and indexing finished. */
export async function openInViewer(browser: ViewerBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForURL((current) => current.href.startsWith(browser.viewerPage()), { timeout: 10_000 });
  await waitForIndex(page);
  return page;
}

/** Waits until the viewer has compared this revision with the previous one (or given up), and returns the state. */
export async function waitForComparison(page: Page, timeout = 60_000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.querySelector('[data-wsis-comparison]')?.getAttribute('data-wsis-comparison');
      return state && state !== 'loading' ? state : null;
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

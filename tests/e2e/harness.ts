// Real Chromium with the built extension, UN pages served from fixtures at their real addresses.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const UN_HOSTS = ['publicadministration.desa.un.org', 'docs.un.org', 'documents.un.org'];

export interface BuiltManifest {
  name: string;
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; run_at?: string }[];
}

/** The manifest of the built extension. */
export function readBuiltManifest(): BuiltManifest {
  return JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as BuiltManifest;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Uncaught errors in any page of the extension or the served sites, printed as they happen: a flaky
 * failure in CI then comes with what went wrong in the page, not only the timeout that followed.
 */
export function reportPageErrors(context: BrowserContext): void {
  context.on('weberror', (error) => console.error(`[page error] ${error.page()?.url() ?? '?'}: ${error.error().stack ?? error.error().message}`));
}

/** Chromium's command line with the built extension: no sandbox or GPU, and no traffic of its own. */
export function chromiumArgs(extra: string[] = [], extensionDir = EXTENSION_DIR): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...extra,
  ];
}

/**
 * Launches Chromium with the built extension (`wxt build` first). Headless unless told otherwise;
 * `args` are added to the command line (e.g. host resolver rules).
 */
export async function launchWithExtension(options: { headless?: boolean; args?: string[]; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` (npm run test:e2e does).`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(options.args, extensionDir),
  });
  reportPageErrors(context);
  try {
    // Nothing here may reach the network: everything not served below fails fast instead of hanging.
    await context.route(
      (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !UN_HOSTS.includes(url.hostname),
      (route) => route.abort('blockedbyclient'),
    );
    // UN addresses no test serves answer 404. Playwright tries the newest route first, so the pages
    // of serveUnPages (registered later) come before this.
    await context.route(
      (url) => url.protocol === 'https:' && UN_HOSTS.includes(url.hostname),
      (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }),
    );
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export interface ServedPage {
  /** A file to serve (absolute, or relative to the project root). */
  file?: string;
  body?: string | Buffer;
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
}

function contentTypeOf(file: string): string {
  if (file.endsWith('.pdf')) return 'application/pdf';
  if (file.endsWith('.json')) return 'application/json';
  return 'text/html; charset=utf-8';
}

/**
 * Serves fixtures at real UN addresses by route interception (https without certificates).
 * Keys are full URLs (the hash is ignored); other UN addresses answer 404. Calls add up.
 */
export async function serveUnPages(context: BrowserContext, pages: Record<string, string | ServedPage>): Promise<void> {
  const served = new Map<string, ServedPage>();
  for (const [url, page] of Object.entries(pages)) {
    served.set(new URL(url).href.split('#')[0] ?? url, typeof page === 'string' ? { file: page } : page);
  }
  await context.route(
    (url) => url.protocol === 'https:' && UN_HOSTS.includes(url.hostname) && served.has(url.href.split('#')[0] ?? ''),
    async (route) => {
      const page = served.get(route.request().url().split('#')[0] ?? '');
      if (!page) return route.fallback();
      const file = page.file ? path.resolve(ROOT, page.file) : undefined;
      await route.fulfill({
        status: page.status ?? 200,
        contentType: page.contentType ?? (file ? contentTypeOf(file) : 'text/html; charset=utf-8'),
        headers: page.headers,
        body: page.body ?? (file ? readFileSync(file) : ''),
      });
    },
  );
}

/**
 * Waits until the extension's content script has been injected into the page's main frame
 * (Chromium creates the extension's isolated world to run it) and its synchronous start-up has
 * run (an evaluation in that world queues behind it). Returns an `evaluate` in that world, for
 * the caller's use until `detach()`. Rejects after `timeout` ms.
 */
export async function contentScriptWorld(
  page: Page,
  timeout = 10_000,
): Promise<{ evaluate(expression: string): Promise<unknown>; detach(): Promise<void> }> {
  // Chromium names an extension's isolated world after the extension.
  const worldName = readBuiltManifest().name;
  const cdp = await page.context().newCDPSession(page);
  const detach = () => cdp.detach().catch(() => undefined);
  try {
    const found = new Promise<number>((resolve) => {
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
        if (aux?.type === 'isolated' && context.name === worldName) resolve(context.id);
      });
    });
    // Enabling replays the contexts that already exist.
    await cdp.send('Runtime.enable');
    let timer: NodeJS.Timeout | undefined;
    const contextId = await Promise.race([
      found,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the content script did not run within ${timeout} ms`)), timeout);
      }),
    ]).finally(() => clearTimeout(timer));
    const evaluate = async (expression: string) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (exceptionDetails) throw new Error(`in the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as unknown;
    };
    await evaluate('0');
    return { evaluate, detach };
  } catch (error) {
    await detach();
    throw error;
  }
}

/** {@link contentScriptWorld}, for when the proof that the script ran is all that is needed. */
export async function waitForContentScript(page: Page, timeout?: number): Promise<void> {
  await (await contentScriptWorld(page, timeout)).detach();
}

/**
 * Runs the built content script once more in its own world, as a second injection would (an
 * extension update, a programmatic re-injection).
 */
export async function runContentScriptAgain(page: Page): Promise<void> {
  const manifest = readBuiltManifest();
  const world = await contentScriptWorld(page);
  try {
    for (const file of manifest.content_scripts?.[0]?.js ?? []) {
      await world.evaluate(readFileSync(path.join(EXTENSION_DIR, file), 'utf8'));
    }
  } finally {
    await world.detach();
  }
}

/** The indicator host elements in the page (light DOM). */
export function countIndicatorHosts(page: Page): Promise<number> {
  return page.locator('wsis-lens-root').count();
}

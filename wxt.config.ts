import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';

// Permissions reach the UN hosts only; the extension never asks for every site.
export const UN_HOST_MATCHES = [
  'https://publicadministration.desa.un.org/*',
  'https://docs.un.org/*',
  'https://documents.un.org/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact(), nativeBrowserInContentScripts()] }),
  manifest: {
    name: 'WSIS Lens',
    description:
      'Paragraph numbers, revision diffs and stakeholder positions on UN WSIS+20 drafts.',
    // declarativeNetRequestWithHostAccess: redirects only where host_permissions reach (the UN hosts), no install warning.
    permissions: ['storage', 'declarativeNetRequestWithHostAccess'],
    host_permissions: UN_HOST_MATCHES,
    // The PDF redirect lands on viewer.html, and Chromium lets a navigation follow it only if viewer.html
    // is web accessible to the page the link was on: UN pages, but also search results, dig.watch and
    // mailing-list archives (tests/e2e/viewer.test.ts). Only this one page is exposed, to web pages
    // (not a permission: it grants the extension nothing on those sites).
    web_accessible_resources: [{ resources: ['viewer.html'], matches: ['https://*/*', 'http://*/*'] }],
    browser_specific_settings: {
      gecko: {
        id: 'wsis-lens@wsis-lens.org',
        strict_min_version: '142.0',
        // Nothing leaves the browser: no analytics, no remote calls beyond the UN hosts.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});

/**
 * The content script uses only runtime.id and runtime.getURL, which need no promise wrapping, so it
 * takes the browser's own API object instead of webextension-polyfill (about 10 kB of its 30 kB budget).
 * Firefox has `browser` natively; Chromium has `chrome`. Extension pages keep the polyfill.
 */
function nativeBrowserInContentScripts(): Plugin {
  const NATIVE = '\0wsis-native-browser';
  let contentScript = false;
  return {
    name: 'wsis-native-browser-in-content-scripts',
    enforce: 'pre',
    buildStart(options) {
      contentScript = /\.content[\\/]/.test(JSON.stringify(options.input ?? ''));
    },
    resolveId(source) {
      return contentScript && source === 'webextension-polyfill' ? NATIVE : null;
    },
    load(id) {
      if (id !== NATIVE) return null;
      return 'const g = globalThis; export default g.browser?.runtime?.id ? g.browser : g.chrome;';
    },
  };
}

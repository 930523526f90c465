import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compileHints } from './scripts/build/compile-hints';
import { polyfillAsEsm } from './scripts/build/polyfill-as-esm';

// Permissions reach the UN hosts only; the extension never asks for every site.
export const UN_HOST_MATCHES = [
  'https://publicadministration.desa.un.org/*',
  'https://docs.un.org/*',
  'https://documents.un.org/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact(), polyfillAsEsm(), compileHints(['wsis-overlay.js'])] }),
  hooks: {
    // MV2 (Firefox) has no optional_host_permissions (WXT drops it): the same pattern goes in optional_permissions.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), 'https://*/*'];
    },
  },
  manifest: {
    name: 'WSIS Lens',
    description:
      'Paragraph numbers, revision diffs and stakeholder positions on UN WSIS+20 drafts.',
    // declarativeNetRequestWithHostAccess: redirects only where host_permissions reach (the UN hosts), no install warning.
    permissions: ['storage', 'declarativeNetRequestWithHostAccess'],
    host_permissions: UN_HOST_MATCHES,
    // Position packs: the reader grants one https host when subscribing to a pack there; nothing up front.
    optional_host_permissions: ['https://*/*'],
    // The PDF redirect lands on viewer.html, and Chromium lets a navigation follow it only if viewer.html
    // is web accessible to the page the link was on: UN pages, but also search results, dig.watch and
    // mailing-list archives (tests/e2e/viewer.test.ts). Only this one page is exposed, to web pages
    // (not a permission: it grants the extension nothing on those sites).
    // On WSIS pages the content script imports the overlay (wsis-overlay.js) and frames the paragraph card
    // (card.html, components/page-overlay/card-frame): both web accessible to the UN hosts only, where it runs.
    web_accessible_resources: [
      { resources: ['viewer.html'], matches: ['https://*/*', 'http://*/*'] },
      { resources: ['card.html', 'wsis-overlay.js'], matches: UN_HOST_MATCHES },
    ],
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

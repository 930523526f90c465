import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// UN hosts only: the extension never asks for <all_urls>.
export const UN_HOST_MATCHES = [
  'https://publicadministration.desa.un.org/*',
  'https://docs.un.org/*',
  'https://documents.un.org/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'WSIS Lens',
    description:
      'Paragraph numbers, revision diffs and stakeholder positions on UN WSIS+20 drafts.',
    // declarativeNetRequestWithHostAccess: redirects only where host_permissions reach (the UN hosts), no install warning.
    permissions: ['storage', 'declarativeNetRequestWithHostAccess'],
    host_permissions: UN_HOST_MATCHES,
    // The PDF redirect lands on viewer.html; a navigation from a UN page may follow it only if it is web accessible there.
    web_accessible_resources: [{ resources: ['viewer.html'], matches: UN_HOST_MATCHES }],
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

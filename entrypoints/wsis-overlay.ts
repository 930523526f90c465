// The overlay on WSIS pages (components/page-overlay), imported by the content script once its cheap
// check has passed (entrypoints/wsis.content). It runs in the content script's isolated world and
// only leaves its mount function there; it uses the content script's extension API, not its own.
import { mountOverlay } from '@/components/page-overlay/mount';
import { OVERLAY_KEY } from '@/utils/overlay/overlay-module';

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[OVERLAY_KEY] = mountOverlay;
});

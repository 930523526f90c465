// Where the content script finds the overlay: a script of the extension it imports on WSIS pages only
// (every other UN page pays for the cheap check alone), which leaves its mount function under this key
// on the content script's own global (the isolated world: the page cannot see it).
export const OVERLAY_MODULE = '/wsis-overlay.js';
export const OVERLAY_KEY = Symbol.for('wsis-lens/mount-overlay');

import { describe, expect, it } from 'vitest';
import { WATCHES_CHANGED, isWatchesChangedMessage } from './watch-alerts';

describe('isWatchesChangedMessage', () => {
  it('takes the message and nothing else', () => {
    expect(isWatchesChangedMessage(WATCHES_CHANGED)).toBe(true);
    expect(isWatchesChangedMessage({ type: 'wsis-lens/revision-links', links: [] })).toBe(false);
    expect(isWatchesChangedMessage({ ...WATCHES_CHANGED, count: 99 })).toBe(false);
    expect(isWatchesChangedMessage(null)).toBe(false);
    expect(isWatchesChangedMessage('wsis-lens/watches-changed')).toBe(false);
  });
});

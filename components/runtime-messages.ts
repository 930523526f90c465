// Extension pages telling each other that stored data changed. A runtime message reaches the background
// and every extension page but its sender, the card frames on web pages included (a BroadcastChannel
// would not: a framed page's channel is partitioned by the site it sits in). Outside the extension
// (unit tests) there is no one to tell and nothing to hear: neither throws.

/** Sends `message`; nobody listening is no error. */
export function tellOtherPages(message: object): void {
  try {
    void Promise.resolve(browser.runtime.sendMessage(message)).catch(() => undefined);
  } catch {
    // no extension API
  }
}

/** Calls `listener` for each runtime message `is` accepts; returns the unsubscribe. */
export function onMessageFromOtherPages(is: (message: unknown) => boolean, listener: () => void): () => void {
  return hearMessages((message) => {
    if (is(message)) listener();
  });
}

/** Calls `listener` with every runtime message; returns the unsubscribe. */
export function hearMessages(listener: (message: unknown) => void): () => void {
  // Returns nothing: the background answers messages, a page only hears them.
  const hear = (message: unknown) => {
    listener(message);
  };
  try {
    browser.runtime.onMessage.addListener(hear);
  } catch {
    return () => undefined;
  }
  return () => browser.runtime.onMessage.removeListener(hear);
}

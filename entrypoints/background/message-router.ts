// One listener for every message to the background. Each handler says which messages it takes (a
// shape check: senders are not trusted) and from whom; anything else goes unanswered.
import type { Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

export interface MessageHandler<Message> {
  accepts(message: unknown): message is Message;
  /** Who may send it: the extension's own pages, content scripts in tabs, … */
  allowed(sender: Sender): boolean;
  handle(message: Message, sender: Sender): Promise<unknown>;
}

/** Extension pages (viewer, popup, card frame) — not content scripts, which run in web pages. */
export function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false);
}

/** Content scripts (and extension pages) of this extension. */
export function fromThisExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of handlers of different messages
export function routeMessages(handlers: readonly MessageHandler<any>[]) {
  // Not async: a listener that returns a promise answers every message, so others go unanswered.
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const handler = handlers.find((candidate) => candidate.accepts(message));
    if (!handler || !handler.allowed(sender)) return undefined;
    return handler.handle(message, sender).catch((error: unknown) => {
      console.error('WSIS Lens: a message failed', message, error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    });
  };
}

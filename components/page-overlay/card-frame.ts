// The paragraph card on a WSIS page: an extension page (entrypoints/card) in an iframe in the overlay's
// shadow root, docked at the top right. The card runs in the extension's origin, where it can open
// IndexedDB; the content script only tells it which paragraph to show, over a private MessageChannel.
import { CARD_PORT, isFromCard, type FromCard, type ToCard } from '@/utils/overlay/card-messages';

export interface CardFrame {
  show(message: Extract<ToCard, { type: 'show' }>): void;
  hide(): void;
  destroy(): void;
}

export function cardFrame(parent: ParentNode, cardPage: string, onEvent: (event: FromCard) => void): CardFrame {
  const frame = document.createElement('iframe');
  let port: MessagePort | null = null;
  let pending: ToCard | null = null;
  const send = (message: ToCard) => {
    if (port) port.postMessage(message);
    else pending = message;
  };

  frame.className = 'card-frame';
  frame.title = 'WSIS Lens: paragraph card';
  // Copy link / copy citation from inside a cross-origin frame.
  frame.allow = 'clipboard-write';
  frame.hidden = true;
  // One port per load of the card page, posted to the extension's origin only.
  frame.addEventListener('load', () => {
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = ({ data }: MessageEvent) => {
      if (!isFromCard(data)) return;
      // As tall as the card, up to the window; the card page scrolls beyond that.
      if (data.type === 'height') frame.style.height = `${Math.min(Math.ceil(data.height), innerHeight)}px`;
      else onEvent(data);
    };
    frame.contentWindow?.postMessage({ type: CARD_PORT }, new URL(cardPage).origin, [channel.port2]);
    if (pending) port.postMessage(pending);
    pending = null;
  });
  frame.src = cardPage;
  parent.append(frame);

  return {
    show(message) {
      frame.hidden = false;
      if (message.focus) frame.focus();
      send(message);
    },
    hide() {
      frame.hidden = true;
      send({ type: 'hide' });
    },
    destroy() {
      port?.close();
      frame.remove();
    },
  };
}

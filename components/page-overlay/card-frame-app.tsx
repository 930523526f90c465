// The card frame's page (entrypoints/card): waits for the content script's port, then shows the
// paragraph it is told to, as the connected card (what changed, positions, watch). Framed by a web
// page, this extension page is a third-party context: its storage is the background's, asked over
// runtime messages (components/card/card-storage, chosen in entrypoints/card). Sends back close,
// previous, next and its height.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ConnectedCard } from '@/components/card/ConnectedCard';
import { paragraphCardCss } from '@/components/ParagraphCard';
import { useCardData } from '@/components/card/use-card-data';
import { paragraphKey } from '@/utils/align';
import { citation, familyName, revisionName } from '@/utils/catalog';
import { detectDocument } from '@/utils/detect';
import { CARD_PORT, isToCard, type FromCard, type ToCard } from '@/utils/overlay/card-messages';
import { paragraphLink } from '@/utils/viewer-url';

type Show = Extract<ToCard, { type: 'show' }>;

/** The pages the content script runs on: only they may hand this frame a port. */
const PAGE_ORIGINS = new Set(['https://publicadministration.desa.un.org', 'https://docs.un.org', 'https://documents.un.org']);

/**
 * The content script's port, from the page that framed this one, once. Listening starts at once
 * (before the first render): the port is posted as soon as the frame has loaded.
 */
export function awaitCardPort(): Promise<MessagePort> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null;
      const port = event.ports[0];
      if (event.source !== window.parent || !PAGE_ORIGINS.has(event.origin) || data?.type !== CARD_PORT || !port) return;
      window.removeEventListener('message', onMessage);
      resolve(port);
    };
    window.addEventListener('message', onMessage);
  });
}

export function CardFrameApp({ port: portPromise }: { port: Promise<MessagePort> }) {
  const [shown, setShown] = useState<Show | null>(null);
  const port = useRef<MessagePort | null>(null);
  const send = (message: FromCard) => port.current?.postMessage(message);

  useEffect(() => {
    void portPromise.then((received) => {
      port.current = received;
      received.onmessage = (message: MessageEvent) => {
        if (isToCard(message.data)) setShown(message.data.type === 'show' ? message.data : null);
      };
    });
  }, []);

  // Keys pressed in here do not reach the page: the same ones as there. One listener reading the card
  // as last rendered: one re-made per card would still hold the previous (closed) card until its effect
  // ran, after the paint, and drop a key pressed as soon as the card shows.
  const shownNow = useRef(shown);
  shownNow.current = shown;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const card = shownNow.current;
      if (!card || event.altKey || event.ctrlKey || event.metaKey || target?.isContentEditable || /^(?:input|textarea|select)$/.test(target?.localName ?? '')) return;
      if (event.key === 'Escape') send({ type: 'close' });
      else if (event.key === 'j' && card.hasNext) send({ type: 'next' });
      else if (event.key === 'k' && card.hasPrevious) send({ type: 'previous' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The frame is as tall as the card.
  useEffect(() => {
    const observer = new ResizeObserver(() => send({ type: 'height', height: shown ? document.body.scrollHeight : 0 }));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [shown !== null]);

  return (
    <>
      <style>{paragraphCardCss}</style>
      {shown ? <FramedCard shown={shown} send={send} /> : null}
    </>
  );
}

function FramedCard({ shown, send }: { shown: Show; send(message: FromCard): void }) {
  const { pageUrl, pageTitle, paragraph } = shown;
  const documentId = shown.documentId ?? detectDocument({ url: pageUrl, text: pageTitle });
  const family = documentId.family;
  const documentName = family ? familyName(family) : pageTitle || 'This page';
  const revision = documentId.revision ? revisionName(documentId.revision, family ?? undefined) : null;
  const data = useCardData({ url: pageUrl, documentId, documentName, revisionName: revision }, browser.runtime.getURL('/viewer.html'));
  return (
    <ConnectedCard
      paragraph={{ ...paragraph, key: paragraphKey(paragraph), page: null }}
      data={data}
      focusRequest={shown.focus ? shown : null}
      linkTarget="_blank"
      label={paragraph.label}
      kind={paragraph.kind}
      heading={paragraph.heading}
      documentName={documentName}
      revisionName={revision}
      page={null}
      link={paragraphLink(pageUrl, paragraph.label)}
      citation={citation({ ...documentId, title: documentId.title ?? documentName }, paragraph.label)}
      onClose={() => send({ type: 'close' })}
      onPrevious={shown.hasPrevious ? () => send({ type: 'previous' }) : undefined}
      onNext={shown.hasNext ? () => send({ type: 'next' }) : undefined}
    />
  );
}

// card.html — the paragraph card on WSIS pages, framed by the content script (see
// components/page-overlay/card-frame). Thin: see components/page-overlay/card-frame-app. Framed by a
// web page, it is a third-party context: its storage is the background's (components/card/card-storage).
import { render } from 'preact';
import { CardStorageProvider, messagingCardStorage } from '@/components/card/card-storage';
import { hearMessages } from '@/components/runtime-messages';
import { CardFrameApp, awaitCardPort } from '@/components/page-overlay/card-frame-app';
import '@/components/page-overlay/card-frame-app.css';

const storage = messagingCardStorage((message) => browser.runtime.sendMessage(message), hearMessages);
const port = awaitCardPort();
const root = document.getElementById('app');
if (root)
  render(
    <CardStorageProvider value={storage}>
      <CardFrameApp port={port} />
    </CardStorageProvider>,
    root,
  );

// card.html — the paragraph card on WSIS pages, framed by the content script (see
// components/page-overlay/card-frame). Thin: see components/page-overlay/card-frame-app.
import { render } from 'preact';
import { CardFrameApp, awaitCardPort } from '@/components/page-overlay/card-frame-app';
import '@/components/page-overlay/card-frame-app.css';

const port = awaitCardPort();
const root = document.getElementById('app');
if (root) render(<CardFrameApp port={port} />, root);

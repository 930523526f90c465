// The toolbar popup (components/watch-list/PopupApp): watched paragraphs, backup, the PDF switch.
import { render } from 'preact';
import { PopupApp } from '@/components/watch-list/PopupApp';

performance.mark('wsis-lens:popup-script');
const root = document.getElementById('app');
if (root) render(<PopupApp viewerPage={browser.runtime.getURL('/viewer.html')} />, root);

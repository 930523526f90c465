// viewer.html?file=<original PDF address>#para=N — the extension's own PDF viewer. Thin: see components/viewer.
import { render } from 'preact';
import { ViewerApp } from '@/components/viewer/ViewerApp';
import '@/components/viewer/viewer.css';

const root = document.getElementById('app');
if (root) render(<ViewerApp />, root);

// viewer.html?file=<original PDF address>#para=N — the extension's own PDF viewer; with
// ?compare=<older>&file=<newer>, the list of changes between two revisions. Thin: see components/.
import { render } from 'preact';
import { CompareView } from '@/components/compare/CompareView';
import { ViewerApp } from '@/components/viewer/ViewerApp';
import { parseCompareFile, parseViewerUrl } from '@/utils/viewer-url';
import '@/components/viewer/viewer.css';

const root = document.getElementById('app');
const older = parseCompareFile(location.href);
const newer = parseViewerUrl(location.href).file;
if (root) render(older && newer ? <CompareView oldFile={older} newFile={newer} /> : <ViewerApp />, root);

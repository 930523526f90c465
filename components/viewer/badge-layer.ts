// A page's badge layer, which stays in its pdf.js page div while pdf.js resets the page.
//
// pdf.js empties a page div by calling remove() on each child it does not keep: when the page's data
// arrives (as the page comes into view), on zoom, when the page leaves the render cache. A layer taken
// out and put back in between the press and the release of a click loses the click (Chromium fires
// none once the pressed element has left the document), and a focused badge loses the focus. So the layer does not leave: pdf.js puts its own layers back in
// front of it, and the layer goes with the page div when pdf.js drops the whole page.
export function createBadgeLayer(page: number): HTMLDivElement {
  const layer = document.createElement('div');
  layer.className = 'wsis-badge-layer';
  layer.dataset.page = String(page);
  layer.remove = () => {};
  return layer;
}

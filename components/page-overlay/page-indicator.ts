// The small pill that tells a reader WSIS Lens recognised the page, in the overlay's shadow root.
// Hidden until the label is known (the background names the page).

export interface PageIndicator {
  element: HTMLElement;
  setLabel(label: string): void;
}

export function pageIndicator(): PageIndicator {
  const pill = document.createElement('div');
  pill.className = 'pill';
  pill.setAttribute('role', 'status');
  pill.dataset.wsisIndicator = '';
  pill.hidden = true;
  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'WSIS Lens';
  const label = document.createElement('span');
  label.dataset.wsisLabel = '';
  pill.append(brand, ' · ', label);
  return {
    element: pill,
    setLabel(text) {
      label.textContent = text;
      pill.setAttribute('aria-label', `WSIS Lens recognised this page: ${text}`);
      pill.hidden = false;
    },
  };
}

// The small pill that tells a reader WSIS Lens recognised the page. Rendered in a shadow root.
export { default as pageIndicatorCss } from './PageIndicator.css?inline';

export interface PageIndicatorProps {
  /** What was detected, in a reader's words, e.g. "WSIS+20 review page". */
  label: string;
}

export function PageIndicator({ label }: PageIndicatorProps) {
  return (
    <div
      class="pill"
      role="status"
      aria-label={`WSIS Lens recognised this page: ${label}`}
      data-wsis-indicator=""
    >
      <span class="brand">WSIS Lens</span> · <span data-wsis-label="">{label}</span>
    </div>
  );
}

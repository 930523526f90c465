// One bar for the slow parts: downloading the PDF, opening it, then indexing its paragraphs.

export interface Progress {
  phase: 'download' | 'open' | 'index';
  done: number;
  /** Null when unknown (no Content-Length): the bar then runs indeterminate. */
  total: number | null;
}

export function ProgressBar({ progress }: { progress: Progress | null }) {
  if (!progress) return <div class="wsis-progress wsis-progress--idle" aria-hidden="true" />;
  const fraction = progress.total ? Math.min(1, progress.done / progress.total) : null;
  const label = describe(progress);
  return (
    <div class="wsis-progress" data-phase={progress.phase}>
      <div
        class={`wsis-progress__track${fraction === null ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
      >
        <div class="wsis-progress__fill" style={{ transform: fraction === null ? undefined : `scaleX(${fraction})` }} />
      </div>
      <span class="wsis-progress__label">{label}</span>
    </div>
  );
}

function describe(progress: Progress): string {
  switch (progress.phase) {
    case 'download':
      return progress.total
        ? `Downloading the PDF: ${megabytes(progress.done)} of ${megabytes(progress.total)}`
        : `Downloading the PDF${progress.done ? `: ${megabytes(progress.done)}` : '…'}`;
    case 'open':
      return 'Opening the PDF…';
    case 'index':
      return `Finding paragraphs: page ${progress.done} of ${progress.total ?? '?'}`;
  }
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

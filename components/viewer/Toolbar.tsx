// The viewer's top bar: what this document is, where it came from (copyable), the way back to the
// browser's viewer, page / zoom / find controls, the way to every change since the previous revision,
// and the list of keys.
import { useEffect, useState } from 'preact/hooks';
import { copyText } from '@/components/copy-text';
import type { DocumentNames } from './document-title';

const ZOOM_PRESETS: { value: string; label: string }[] = [
  { value: 'page-width', label: 'Fit width' },
  { value: 'page-fit', label: 'Fit page' },
  { value: '0.5', label: '50%' },
  { value: '0.75', label: '75%' },
  { value: '1', label: '100%' },
  { value: '1.25', label: '125%' },
  { value: '1.5', label: '150%' },
  { value: '2', label: '200%' },
  { value: '3', label: '300%' },
];

export interface ToolbarProps {
  names: DocumentNames;
  file: string | null;
  page: number;
  pageCount: number;
  scale: { value: number; preset?: string };
  sidebarOpen: boolean;
  onToggleSidebar(): void;
  onPage(page: number): void;
  onScale(value: string): void;
  onZoom(direction: 1 | -1): void;
  onOpenOriginal(): void;
  onFind(): void;
  onHelp(): void;
  /** Every change since the previous revision (the compare view), when its file is known. */
  changes?: { href: string; previousName: string } | null;
}

export function Toolbar(props: ToolbarProps) {
  const { names, file, page, pageCount, scale } = props;
  const [pageInput, setPageInput] = useState(String(page));
  const [copied, setCopied] = useState(false);
  useEffect(() => setPageInput(String(page)), [page]);

  const presetValue = ZOOM_PRESETS.some((preset) => preset.value === scale.preset) ? scale.preset : 'custom';
  const copyAddress = async () => {
    if (!file) return;
    if (await copyText(file)) {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } else {
      (document.getElementById('wsis-original-address') as HTMLInputElement | null)?.select();
    }
  };

  return (
    <header class="wsis-toolbar">
      <div class="wsis-toolbar__row">
        <button
          type="button"
          class="wsis-tool"
          onClick={props.onToggleSidebar}
          aria-pressed={props.sidebarOpen}
          aria-label="Paragraph index"
          title="Paragraph index"
        >
          ☰
        </button>
        <div class="wsis-toolbar__identity">
          <span class="wsis-brand">WSIS Lens</span>
          <h1 class="wsis-toolbar__title">
            {names.revisionName ? <span class="wsis-toolbar__revision">{names.revisionName}</span> : null}
            <span>{names.documentName}</span>
          </h1>
        </div>
        <div class="wsis-toolbar__controls">
          <label class="wsis-pages">
            <span class="visually-hidden">Page</span>
            <input
              class="wsis-pages__input"
              inputMode="numeric"
              aria-label="Page number"
              value={pageInput}
              disabled={pageCount === 0}
              onInput={(event) => setPageInput((event.currentTarget as HTMLInputElement).value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') props.onPage(Number(pageInput));
              }}
              onBlur={() => setPageInput(String(page))}
            />
            <span class="wsis-pages__count" data-wsis-page-count={pageCount}>
              of {pageCount || '–'}
            </span>
          </label>
          <div class="wsis-zoom" role="group" aria-label="Zoom">
            <button type="button" class="wsis-tool" onClick={() => props.onZoom(-1)} aria-label="Zoom out" title="Zoom out" disabled={!pageCount}>
              −
            </button>
            <select
              aria-label="Zoom level"
              value={presetValue}
              disabled={!pageCount}
              onChange={(event) => props.onScale((event.currentTarget as HTMLSelectElement).value)}
            >
              {ZOOM_PRESETS.map((preset) => (
                <option key={preset.value} value={preset.value}>
                  {preset.label}
                </option>
              ))}
              {presetValue === 'custom' ? <option value="custom">{Math.round(scale.value * 100)}%</option> : null}
            </select>
            <button type="button" class="wsis-tool" onClick={() => props.onZoom(1)} aria-label="Zoom in" title="Zoom in" disabled={!pageCount}>
              +
            </button>
          </div>
          {props.changes ? (
            <a
              class="wsis-tool wsis-tool--link"
              href={props.changes.href}
              target="_blank"
              rel="noopener"
              data-wsis-link="all-changes"
              title={`Every change from ${props.changes.previousName} to this revision, with the positions on them`}
            >
              Changes since {props.changes.previousName}
            </a>
          ) : null}
          <button type="button" class="wsis-tool" onClick={props.onFind} aria-label="Find in document" title="Find (Ctrl+F)" disabled={!pageCount}>
            Find
          </button>
          <button type="button" class="wsis-tool" onClick={props.onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </div>
      {file ? (
        <div class="wsis-toolbar__row wsis-toolbar__source">
          <label for="wsis-original-address">Original</label>
          <input id="wsis-original-address" class="wsis-address" readOnly value={file} onFocus={(event) => (event.currentTarget as HTMLInputElement).select()} />
          <button type="button" class="wsis-button" data-action="copy-address" onClick={() => void copyAddress()}>
            {copied ? 'Copied' : 'Copy'}
          </button>
          <button type="button" class="wsis-button" data-action="open-original" onClick={props.onOpenOriginal}>
            Open in the browser's viewer
          </button>
        </div>
      ) : null}
    </header>
  );
}

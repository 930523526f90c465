// The viewer's keys, on "?" or the toolbar's "?" button: the keys are quick but nothing else shows them.
import { useEffect, useRef } from 'preact/hooks';

const SHORTCUTS: readonly [keys: string, what: string][] = [
  ['j / k', 'Next / previous paragraph, with its card'],
  ['g 98 Enter', 'Go to paragraph 98 (g PP3, g 12bis, g A1:3 for an annex)'],
  ['w', 'Watch or stop watching the open card’s paragraph'],
  ['Esc', 'Close the card (or this list)'],
  ['Ctrl+F', 'Find in the whole document'],
  ['?', 'Show or hide these keys'],
];

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The focus comes here and goes back where it was.
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div class="wsis-shortcuts" role="dialog" aria-modal="false" aria-labelledby="wsis-shortcuts-title" data-wsis-shortcuts="">
      <div class="wsis-shortcuts__head">
        <h2 id="wsis-shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" class="wsis-tool" ref={close} onClick={onClose} aria-label="Close keyboard shortcuts">
          ×
        </button>
      </div>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

// Keyboard navigation between paragraphs: j / k for next / previous, g + label + Enter to jump, Esc to close.
// A pure state machine so the viewer and, later, HTML pages share it.
import { normalizeLabel } from './viewer-url';

export type NavigationAction =
  | { type: 'none' }
  | { type: 'go'; label: string }
  | { type: 'close' }
  /** `g` pressed, or its label being typed: show what is typed so far. */
  | { type: 'typing'; typed: string }
  /** Enter on a label that is not in the document. */
  | { type: 'unknown'; typed: string };

export interface NavigationState {
  /** Label typed after `g`, or null when not in go-to mode. */
  typing: string | null;
}

export const INITIAL_NAVIGATION: NavigationState = { typing: null };

/** Room for the longest labels: "112quater", an annex's "A2:112bis". */
export const MAX_TYPED_LABEL = 12;

/**
 * One key press. `labels` are the document's labels in reading order; `current` is the open or
 * last visited paragraph (null: before the first).
 */
export function navigationKey(
  state: NavigationState,
  key: string,
  labels: readonly string[],
  current: string | null,
): { state: NavigationState; action: NavigationAction } {
  if (state.typing !== null) {
    if (key === 'Escape') return { state: INITIAL_NAVIGATION, action: { type: 'none' } }; // cancels go-to only
    if (key === 'Enter') {
      const label = findLabel(labels, state.typing);
      return {
        state: INITIAL_NAVIGATION,
        action: label ? { type: 'go', label } : { type: 'unknown', typed: state.typing },
      };
    }
    if (key === 'Backspace') {
      const typed = state.typing.slice(0, -1);
      return { state: { typing: typed }, action: { type: 'typing', typed } };
    }
    if (/^[0-9a-zA-Z]$/.test(key) && state.typing.length < MAX_TYPED_LABEL) {
      const typed = state.typing + key;
      return { state: { typing: typed }, action: { type: 'typing', typed } };
    }
    return { state, action: { type: 'none' } };
  }
  switch (key) {
    case 'j':
      return { state, action: goOrNone(stepLabel(labels, current, 1)) };
    case 'k':
      return { state, action: goOrNone(stepLabel(labels, current, -1)) };
    case 'g':
      return { state: { typing: '' }, action: { type: 'typing', typed: '' } };
    case 'Escape':
      return { state, action: { type: 'close' } };
    default:
      return { state, action: { type: 'none' } };
  }
}

/** The label `delta` places from `current` (clamped to the ends); from nowhere, j gives the first. */
export function stepLabel(labels: readonly string[], current: string | null, delta: number): string | null {
  if (labels.length === 0) return null;
  const at = current === null ? -1 : labels.indexOf(current);
  if (at < 0) return delta > 0 ? (labels[0] ?? null) : (labels.at(-1) ?? null);
  const next = Math.min(labels.length - 1, Math.max(0, at + delta));
  return labels[next] ?? null;
}

/** "98", "pp3", "PP3" → the document's own label, if it has it. */
export function findLabel(labels: readonly string[], typed: string): string | null {
  const wanted = normalizeLabel(typed).toUpperCase();
  if (!wanted) return null;
  return labels.find((label) => normalizeLabel(label).toUpperCase() === wanted) ?? null;
}

/** Keys typed into form fields or with modifiers (Ctrl+F, Alt+…) are not navigation. */
export function isNavigationKeyEvent(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = target?.tagName?.toUpperCase();
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable);
}

function goOrNone(label: string | null): NavigationAction {
  return label ? { type: 'go', label } : { type: 'none' };
}

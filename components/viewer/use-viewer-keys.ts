// The viewer's keyboard, heard on the window once: Ctrl+F finds in the PDF (all pages, not only those
// drawn); typed numbers, j/k, g and Esc move between paragraphs (utils/paragraph-navigation); "?"
// lists the shortcuts; w watches the open card's paragraph. The viewer's state is read through the
// getters given, at each key, so the one listener never acts on stale state.
import { useEffect, useRef, useState } from 'preact/hooks';
import { INITIAL_NAVIGATION, MAX_TYPED_LABEL, isNavigationKeyEvent, navigationKey, type NavigationState } from '@/utils/paragraph-navigation';

/** How long "There is no paragraph 999" stays. */
const NOTICE_MS = 4000;

export interface ViewerKeyActions {
  /** Paragraph keys in document order. */
  labels(): readonly string[];
  lastVisited(): string | null;
  indexDone(): boolean;
  /** Opens the card of the paragraph typed or stepped to, and focuses its badge. */
  goTo(label: string): void;
  closeCard(): void;
  openFind(): void;
}

export interface ViewerKeys {
  /** The paragraph number being typed ("" after g), null when none is. */
  typing: string | null;
  /** A short message about the last key ("There is no paragraph 999 …"). */
  notice: string | null;
  helpOpen: boolean;
  setHelpOpen(open: boolean | ((open: boolean) => boolean)): void;
}

export function useViewerKeys(actions: ViewerKeyActions): ViewerKeys {
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const navigationRef = useRef<NavigationState>(INITIAL_NAVIGATION);
  const [typing, setTyping] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpOpenRef = useRef(false);
  helpOpenRef.current = helpOpen;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const act = actionsRef.current;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        act.openFind();
        return;
      }
      if (!isNavigationKeyEvent(event)) return;
      const typingNow = navigationRef.current.typing;
      if (event.key === '?' && typingNow === null) {
        event.preventDefault();
        setHelpOpen((open) => !open);
        return;
      }
      if (event.key === 'Escape' && helpOpenRef.current && typingNow === null) {
        setHelpOpen(false);
        return;
      }
      // w: watch (or stop watching) the open card's paragraph; the toggle is the card's WatchSection.
      if (event.key === 'w' && typingNow === null) {
        const toggle = document.querySelector<HTMLButtonElement>('.wsis-card-dock [data-wsis-watch]');
        if (toggle) event.preventDefault();
        toggle?.click();
        return;
      }
      // Annex keys ("A1:3") need a colon, which the shared go-to typing does not take.
      if (typingNow !== null && event.key === ':' && typingNow.length < MAX_TYPED_LABEL) {
        event.preventDefault();
        navigationRef.current = { typing: `${typingNow}:` };
        setTyping(navigationRef.current.typing);
        return;
      }
      const { state, action } = navigationKey(navigationRef.current, event.key, act.labels(), act.lastVisited());
      navigationRef.current = state;
      setTyping(state.typing);
      if (action.type !== 'none' || typingNow !== null) event.preventDefault();
      switch (action.type) {
        case 'go':
          setNotice(null);
          act.goTo(action.label);
          break;
        case 'close':
          act.closeCard();
          break;
        case 'unknown':
          setNotice(`There is no paragraph ${action.typed} in this document${act.indexDone() ? '' : ' (still indexing)'}.`);
          break;
        default:
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return { typing, notice, helpOpen, setHelpOpen };
}

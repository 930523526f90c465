// The positions a card or viewer shows: the bundled ones at once, the stored ones (own and packs')
// as soon as the card storage answers, again after every change.
import { useEffect, useState } from 'preact/hooks';
import { useCardStorage } from '@/components/card/card-storage';
import { BUNDLED_POSITIONS } from '@/utils/positions/bundled-positions';
import type { Position } from '@/utils/positions/model';

export interface PositionsState {
  positions: readonly Position[];
  packNames: Readonly<Record<string, string>>;
  /** Stored positions could not be read (the bundled ones are still shown). */
  problem: string | null;
  loaded: boolean;
}

export function usePositions(): PositionsState {
  const storage = useCardStorage();
  const [state, setState] = useState<PositionsState>({ positions: BUNDLED_POSITIONS, packNames: {}, problem: null, loaded: false });
  useEffect(() => {
    let live = true;
    const load = () =>
      storage.storedPositions().then(
        ({ positions, packNames }) => live && setState({ positions: [...BUNDLED_POSITIONS, ...positions], packNames, problem: null, loaded: true }),
        (error: unknown) =>
          live && setState({ positions: BUNDLED_POSITIONS, packNames: {}, problem: error instanceof Error ? error.message : String(error), loaded: true }),
      );
    void load();
    const stop = storage.onPositionsChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [storage]);
  return state;
}

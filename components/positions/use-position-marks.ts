// The paragraphs of the shown document that have positions, for the marks on their badges.
import { useMemo } from 'preact/hooks';
import type { CardData } from '@/components/card/card-data';
import { paragraphsWithPositions } from '@/utils/positions/paragraph-marks';
import { positionTarget, targetResolver } from './position-target';
import { usePositions } from './use-positions';

const NONE: ReadonlySet<string> = new Set();

export function usePositionMarks(data: Pick<CardData, 'document' | 'revisions'>): ReadonlySet<string> {
  const { positions } = usePositions();
  const target = positionTarget(data);
  return useMemo(
    () => (target ? paragraphsWithPositions(positions, target, targetResolver(target, data.revisions)) : NONE),
    [positions, target?.family, target?.revision, target?.text, data.revisions],
  );
}

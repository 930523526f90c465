// Units in new-document order, each deletion placed where it stood in the old document.
import type { WorkingUnit } from './working-unit';

/**
 * A deletion follows the unit of the nearest earlier old paragraph that kept its place (not deleted,
 * not moved), so it shows up between the neighbours it had; with none, it comes first.
 */
export function orderUnits(units: readonly WorkingUnit[], oldCount: number, isMoved: (u: WorkingUnit) => boolean): WorkingUnit[] {
  const unitOfOld = new Array<WorkingUnit | undefined>(oldCount);
  for (const u of units) for (const o of u.olds) unitOfOld[o] = u;
  const placed = units.filter((u) => u.news.length > 0).sort((a, b) => a.news[0]! - b.news[0]!);
  const deletions = units.filter((u) => u.news.length === 0).sort((a, b) => a.olds[0]! - b.olds[0]!);

  const following = new Map<WorkingUnit, WorkingUnit[]>();
  const leading: WorkingUnit[] = [];
  for (const deleted of deletions) {
    let anchor: WorkingUnit | undefined;
    for (let o = deleted.olds[0]! - 1; o >= 0 && !anchor; o--) {
      const u = unitOfOld[o];
      if (u && u.news.length > 0 && !isMoved(u)) anchor = u;
    }
    if (!anchor) leading.push(deleted);
    else following.set(anchor, [...(following.get(anchor) ?? []), deleted]);
  }
  return [...leading, ...placed.flatMap((u) => [u, ...(following.get(u) ?? [])])];
}

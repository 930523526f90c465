// The aligner's internal unit: paragraph indices rather than labels, so duplicate labels cannot mix.

export interface WorkingUnit {
  olds: number[];
  news: number[];
  similarity: number;
}

/** Which unit each paragraph of each side belongs to (-1: none yet). */
export class Membership {
  readonly units: WorkingUnit[] = [];
  private readonly idOf = new Map<WorkingUnit, number>();
  readonly ofOld: Int32Array;
  readonly ofNew: Int32Array;

  constructor(oldCount: number, newCount: number) {
    this.ofOld = new Int32Array(oldCount).fill(-1);
    this.ofNew = new Int32Array(newCount).fill(-1);
  }

  add(olds: number[], news: number[], similarity: number): WorkingUnit {
    const unit: WorkingUnit = { olds, news, similarity };
    const id = this.units.length;
    this.units.push(unit);
    this.idOf.set(unit, id);
    for (const o of olds) this.ofOld[o] = id;
    for (const n of news) this.ofNew[n] = id;
    return unit;
  }

  addOld(unit: WorkingUnit, o: number): void {
    unit.olds.push(o);
    unit.olds.sort((a, b) => a - b);
    this.ofOld[o] = this.idOf.get(unit)!;
  }

  addNew(unit: WorkingUnit, n: number): void {
    unit.news.push(n);
    unit.news.sort((a, b) => a - b);
    this.ofNew[n] = this.idOf.get(unit)!;
  }

  oldFree(o: number): boolean {
    return o >= 0 && o < this.ofOld.length && this.ofOld[o] === -1;
  }

  newFree(n: number): boolean {
    return n >= 0 && n < this.ofNew.length && this.ofNew[n] === -1;
  }
}

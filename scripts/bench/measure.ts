export interface BenchResult {
  name: string;
  baselineMs: number;
  measuredMs: number;
  /** measured / baseline, both from the same process and run. */
  ratio: number;
  target: string;
  met: boolean;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function printResult(r: BenchResult): void {
  const verdict = r.met ? 'met' : 'NOT met';
  console.log(
    `${r.name}: ${r.measuredMs.toFixed(1)} ms vs baseline ${r.baselineMs.toFixed(1)} ms → ${r.ratio.toFixed(3)}× (target ${r.target}: ${verdict})`,
  );
}

// What a "Copy …" button did, said where screen readers hear it too: "Copied 3 changes", "Could not copy".
export type CopyOutcome = 'copied' | 'failed';

export function CopyStatus({ outcome, count, noun }: { outcome: CopyOutcome | null; count: number; noun: readonly [one: string, many: string] }) {
  return (
    <span aria-live="polite" data-wsis-copy-state={outcome ?? 'idle'}>
      {outcome === 'copied' ? `Copied ${count} ${count === 1 ? noun[0] : noun[1]}` : outcome === 'failed' ? 'Could not copy' : ''}
    </span>
  );
}

// "Drafts read": every revision the reader has opened, newest first, to open again or to see what
// changed since the one read before (the compare view works from the stored texts, offline too).
// Read only when unfolded: the popup's first paint is the watch list's.
import { useState } from 'preact/hooks';
import { withDb } from '@/utils/db/connection';
import { draftsRead, type DraftRead } from '@/utils/revisions/drafts-read';
import { cachedRevisionsOf } from '@/utils/revisions/revision-store';
import { compareAddress, viewerUrlFor } from '@/utils/viewer-url';

export function DraftsRead({ viewerPage }: { viewerPage: string }) {
  const [drafts, setDrafts] = useState<DraftRead[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onToggle = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || drafts) return;
    withDb((db) => cachedRevisionsOf(db, 'wsis20-outcome')).then(
      (cached) => setDrafts(draftsRead(cached)),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <details class="drafts" onToggle={onToggle} data-wsis-drafts="">
      <summary>Drafts read</summary>
      {problem ? (
        <p class="problem" role="alert">
          Could not read the stored drafts: {problem}
        </p>
      ) : drafts === null ? (
        <p class="hint">Reading…</p>
      ) : drafts.length === 0 ? (
        <p class="hint">None yet: every WSIS+20 draft you open is kept here, to compare later revisions with.</p>
      ) : (
        <ul class="drafts__list">
          {drafts.map((draft) => (
            <li key={draft.revision} data-wsis-draft={draft.revision}>
              <a href={viewerUrlFor(viewerPage, draft.url, {})} target="_blank" rel="noopener">
                {draft.name}
              </a>{' '}
              <span class="hint">
                {draft.paragraphs} paragraphs{draft.date ? `, ${draft.date}` : ''}
              </span>
              {draft.previous ? (
                <>
                  {' · '}
                  <a href={compareAddress(viewerPage, draft.previous.url, draft.url)} target="_blank" rel="noopener" data-wsis-link="compare">
                    changes since {draft.previous.name}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

// A revision's text by address: the stored copy when the reader opened it before (works offline),
// else read from the PDF and stored for next time.
import { readRevision } from '@/components/viewer/read-revision';
import { getDb } from '@/utils/db/connection';
import { findRevisionsByUrl } from '@/utils/db/revision-cache';
import { rememberRevision } from '@/utils/revisions/revision-store';
import type { RevisionText } from '@/utils/revisions/revision-text';
import type { SectionedText } from '@/utils/revisions/section-changes';

export async function openRevision(url: string, onProgress: (fraction: number | null) => void): Promise<RevisionText & SectionedText> {
  const db = await getDb();
  const [stored] = await findRevisionsByUrl(db, url);
  if (stored) return stored;
  const read = await readRevision(url, onProgress);
  return (await rememberRevision(db, read)) ?? read;
}

// The popup's watched paragraphs as a note to pass on (to a mission, a capital, a team): by document,
// the changed ones first with the words changed and the reader's note, then the others. Plain text,
// and HTML for Word with deletions struck through (the same words as the compare view's note).
import { diffHtml, editWords, escapeHtml } from '../revisions/note-words';
import type { RowGroup, WatchRow } from './watch-list-model';

export function watchSummary(groups: readonly Pick<RowGroup, 'name' | 'rows'>[]): { text: string; html: string } {
  const text: string[] = ['Watched paragraphs'];
  const html: string[] = ['<h2>Watched paragraphs</h2>'];
  for (const group of groups) {
    text.push('', group.name);
    html.push(`<h3>${escapeHtml(group.name)}</h3>`);
    for (const [heading, rows] of [
      ['Changed', group.rows.filter((row) => row.changed)],
      ['Not changed', group.rows.filter((row) => !row.changed)],
    ] as const) {
      if (rows.length === 0) continue;
      text.push(`${heading}:`);
      html.push(`<p><b>${heading}</b></p>`, '<ul>');
      for (const row of rows) {
        const edits = row.changed ? editWords(row.tokens) : '';
        text.push(`- ${title(row)}${edits ? `: ${edits}` : ''}`);
        if (row.note) text.push(`  Note: ${row.note}`);
        html.push(
          `<li><b>${escapeHtml(title(row))}</b>${row.changed && row.tokens.length ? `<br>${diffHtml(row.tokens)}` : ''}${row.note ? `<br><i>Note: ${escapeHtml(row.note)}</i>` : ''}</li>`,
        );
      }
      html.push('</ul>');
    }
  }
  return { text: `${text.join('\n')}\n`, html: html.join('\n') };
}

/** "¶98 → ¶100, modified (since Rev.1, in Rev.2)". */
function title(row: WatchRow): string {
  return `${row.status} (${row.context})`;
}

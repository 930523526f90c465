// How notes put a word diff (the copied compare list, the popup's summary of watches): in words for
// plain text ("replaced “should become” with “shall be made”"), struck through and underlined for
// Word. The HTML is built from escaped text only: it carries a PDF's words to another program.
import { safeHttpUrl } from '../positions/safe-url';
import type { Token } from '../word-diff';

const DEL_STYLE = 'text-decoration:line-through;color:#b3261e';
const INS_STYLE = 'text-decoration:underline;color:#1b6e20';

export function quote(words: string): string {
  return `“${words}”`;
}

/** The edits of a diff as a note says them: inserted “…”; deleted “…”; replaced “…” with “…”. */
export function editWords(tokens: readonly Token[]): string {
  const edits: string[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    const [d, i] = [deleted.trim(), inserted.trim()];
    if (d && i) edits.push(`replaced ${quote(d)} with ${quote(i)}`);
    else if (i) edits.push(`inserted ${quote(i)}`);
    else if (d) edits.push(`deleted ${quote(d)}`);
    deleted = inserted = '';
  };
  for (const token of tokens) {
    if (token.kind === 'del') deleted += token.text;
    else if (token.kind === 'ins') inserted += token.text;
    // Spaces alone between two edits do not end the edit.
    else if (token.text.trim()) flush();
  }
  flush();
  return edits.join('; ');
}

/** The text of one side's runs ("ins": what a whole added paragraph says). */
export function joinedRuns(tokens: readonly Token[], kind: Token['kind']): string {
  return tokens
    .filter((token) => token.kind === kind)
    .map((token) => token.text)
    .join(' ')
    .trim();
}

/** The whole paragraph, deletions struck through and insertions underlined. */
export function diffHtml(tokens: readonly Token[]): string {
  return tokens
    .map((token) =>
      token.kind === 'same'
        ? escapeHtml(token.text)
        : token.kind === 'del'
          ? `<del style="${DEL_STYLE}">${escapeHtml(token.text)}</del>`
          : `<ins style="${INS_STYLE}">${escapeHtml(token.text)}</ins>`,
    )
    .join('');
}

/** A link only for a plain web address (safeHttpUrl); anything else stays text. */
export function linkHtml(text: string, url: string | null): string {
  const href = url && safeHttpUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Links shown to readers come from bundled data, packs and the reader's own notes: only plain web
// links may become an href, so `javascript:`, `data:`, `file:` and the like are refused here.

const MAX_URL_LENGTH = 2048;

/** The URL, normalised, if it is an absolute http(s) URL without embedded credentials; else null. */
export function safeHttpUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // "https://un.org@evil.example" shows one host and opens another.
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  return parsed.href;
}

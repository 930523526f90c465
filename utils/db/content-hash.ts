// The revision cache's key: the same bytes are the same revision, whatever URL served them.

/** SHA-256 of the bytes, as lowercase hex. Uses WebCrypto (browsers; node 20 as globalThis.crypto). */
export async function contentHash(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

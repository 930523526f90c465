/**
 * decodeURIComponent that never throws: a malformed escape (a stray "%" in a UN file name) is kept as
 * it is, while the well-formed ASCII escapes around it are still decoded.
 */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9a-f]{2})/gi, (whole, hex: string) => {
      const code = parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : whole;
    });
  }
}

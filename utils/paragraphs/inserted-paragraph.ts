// Paragraphs inserted in negotiation without renumbering the rest: "12 bis", "12 ter" … after 12,
// labelled "12bis". One list for the PDF and HTML readers, references in inputs and #para= links.
// Compilation texts also shorten "quater" to "quat" ("1quat."); labels keep what is printed.
// ("quater" comes first: an alternation takes the first that fits.)
export const INSERTED_SUFFIXES = 'bis|ter|quater|quat|quinquies|sexies|septies|octies|novies|decies';

/** "n bis" stands right after paragraph n (or after n bis, numbered n too), or where n was dropped. */
export function insertedAfter(n: number, lastNumber: number): boolean {
  return n === lastNumber || n === lastNumber + 1;
}

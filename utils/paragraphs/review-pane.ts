// Word prints a tracked-changes draft with its markup pane: balloons in a column right of the text
// ("Formatted: Font: 11 pt", "Deleted: …", "Commented [A1]: …"). They are the drafting tool's notes,
// not the document, and a balloon at the height of a text line would join that line. A page whose
// right part holds such a label loses that column, from the leftmost label's edge.
import type { PdfPageText } from '../pdf/page-text';

/**
 * Word's balloon labels, colon included (a word alone could be the document's own): its English, French
 * and Spanish interfaces, the languages UN drafts are most often edited in (French sets a space before
 * the colon).
 */
const BALLOON_LABEL = new RegExp(
  String.raw`^(?:${[
    String.raw`Formatted(?: Table)?|Deleted|Inserted|Moved (?:\((?:insertion|deletion)\)|up|down)|Comment(?:ed)? \[[^\]]{1,12}\]|Style Definition|Field Code Changed`,
    String.raw`Mis en forme|Supprimé|Inséré|Déplacé (?:\((?:insertion|suppression)\)|vers le (?:haut|bas))|Comment(?:é|aire) \[[^\]]{1,12}\]|Définition de style|Code de champ modifié`,
    String.raw`Con formato|Eliminado|Insertado|Movido (?:\((?:inserción|eliminación)\)|hacia (?:arriba|abajo))|Coment(?:ado|ario) \[[^\]]{1,12}\]|Definición de estilo|Código de campo cambiado`,
  ].join('|')})(?: \[\d+\])?\s*:`,
);
/** The pane is right of the text: a label left of this share of the page width is in the text. */
const PANE_FROM = 0.55;
/** Balloon lines start at their label's left edge, give or take rounding. */
const EDGE_TOLERANCE = 2;

export function withoutReviewPane<P extends PdfPageText>(page: P): P {
  let paneX = Infinity;
  for (const item of page.items) {
    if (item.x >= page.width * PANE_FROM && item.x < paneX && BALLOON_LABEL.test(item.str.trimStart())) paneX = item.x;
  }
  if (paneX === Infinity) return page;
  return { ...page, items: page.items.filter((item) => item.x < paneX - EDGE_TOLERANCE) as P['items'] };
}

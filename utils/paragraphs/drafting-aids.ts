// What a drafting tool prints around the document's own text: Word's markup pane (./review-pane) and
// line numbers in the margin (./line-numbers). Both readers of a PDF's text drop them first.
import type { PdfPageText } from '../pdf/page-text';
import { createLineNumberFilter } from './line-numbers';
import { withoutReviewPane } from './review-pane';

/** Per document: give it the pages in order. */
export function createDraftingAidsFilter(): <P extends PdfPageText>(page: P) => P {
  const withoutLineNumbers = createLineNumberFilter();
  return (page) => withoutLineNumbers(withoutReviewPane(page));
}

// Paragraph alignment between two revisions of a negotiated text (see utils/align/ for the parts).
export { alignParagraphs } from './align/align-paragraphs';
export { paragraphKey, parseParagraphKey, type AlignInput, type AlignmentUnit, type ChangeKind } from './align/types';
export { equalityKey } from './align/normalize';

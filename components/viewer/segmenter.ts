// The paragraph segmenter the viewer uses (one import site, shared with the node side of the tests and bench).
export { createPdfSegmenter } from '@/utils/paragraphs/from-pdf-text';

// The paragraph segmenter the viewer uses (one import site, so swapping the stand-in is one line).
export { createPdfSegmenter } from './segmenter-stub';

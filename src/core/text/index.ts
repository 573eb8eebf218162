/** Language-aware segmentation (Intl.Segmenter with news-text repairs). */
export { sentences } from './sentences';
export { words } from './words';
export { segmenterLocale } from './segmenter';
export { withoutInvisibles } from './invisible';
export { allMatches } from './matches';

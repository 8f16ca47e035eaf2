/** Text anchoring of annotations: selectors from a span, a span from selectors, re-anchoring. */
export { describe, anchor, CONTEXT_LENGTH, type AnchorSelector, type AnchorMethod, type AnchoredRange } from './anchor';
export { reanchorDocument, NEIGHBOUR_RADIUS, type DocumentAnchor } from './reanchor';
export { foldWithMap, type FoldedText } from './fold';
export { MIN_FUZZY_SCORE, maxErrorsFor } from './quote';
export { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES, checkBody, type AnnotationStatus } from './annotation';

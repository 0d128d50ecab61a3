export { confirmImport, type ImportRow } from './confirm.js';
export { importFile } from './importFile.js';
export type { ImportInput } from './prepare.js';
export { extractForReview } from './review.js';
export type { FileResult, ImportOutcome, ImportReview, ImportSummary } from './types.js';

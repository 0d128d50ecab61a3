export * from './documents.js';
export * from './schemas.js';

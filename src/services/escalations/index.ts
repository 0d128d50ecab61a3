export * from './escalations.js';
export * from './query.js';
export * from './schemas.js';

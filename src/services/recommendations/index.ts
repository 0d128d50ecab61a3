export * from './query.js';
export * from './recommendations.js';
export * from './schemas.js';
export * from './sources.js';

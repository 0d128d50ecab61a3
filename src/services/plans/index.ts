export * from './measures.js';
export * from './plans.js';
export * from './reportCard.js';
export * from './schemas.js';

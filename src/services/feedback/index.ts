export * from './feedback.js';
export * from './schemas.js';

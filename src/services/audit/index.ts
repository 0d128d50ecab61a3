export * from './history.js';
export * from './schemas.js';

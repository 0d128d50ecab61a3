export * from './bodies.js';
export * from './schemas.js';

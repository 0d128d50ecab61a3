export * from './organisations.js';
export * from './people.js';
export * from './schemas.js';

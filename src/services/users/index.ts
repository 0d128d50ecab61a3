export * from './passwords.js';
export * from './users.js';

export * from './passwords.js';
export * from './signIn.js';
export * from './users.js';

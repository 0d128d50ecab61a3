export * from './carryForward.js';
export * from './links.js';
export * from './ownerChoices.js';
export * from './query.js';
export * from './raise.js';
export * from './schemas.js';
export * from './updates.js';

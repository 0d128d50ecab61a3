export * from './meetings.js';
export * from './record.js';
export * from './schemas.js';
export * from './view.js';

export * from './actionLog.js';
export * from './calendar.js';
export * from './minutes.js';

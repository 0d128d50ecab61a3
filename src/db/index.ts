export * as schema from './schema/index.js';
export { connect, redact, type Connection, type Database, type Executor, type Transaction } from './connection.js';

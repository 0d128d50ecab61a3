export * from './bar.js';
export * from './line.js';
export { niceMax } from './svg.js';

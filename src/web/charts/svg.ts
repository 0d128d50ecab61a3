/**
 * Simple server-rendered SVG charts: no JavaScript, a title and description for screen
 * readers, and numbers written on the chart so that colour is never the only signal.
 */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

let counter = 0;
/** Unique ids for aria-labelledby within a page. */
export function chartId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  return `${prefix}-${counter}`;
}

export const COLOURS = {
  blue: '#1d70b8',
  red: '#d4351c',
  amber: '#f47738',
  green: '#00703c',
  grey: '#505a5f',
  purple: '#4c2c92',
} as const;
export type Colour = keyof typeof COLOURS;

/** A round, readable maximum for an axis: 7 → 10, 42 → 50, 130 → 150. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

import { chartId, escapeXml, niceMax } from './svg.js';

export interface Point {
  label: string;
  value: number;
}

/**
 * A line chart of a measure over time ("the curve to turn"), with an optional dashed
 * baseline. Each point's value is written beside it.
 */
export function lineChart(options: { title: string; description?: string; points: Point[]; baseline?: number | null; unit?: string | null; width?: number }): string {
  const { title, points } = options;
  const width = options.width ?? 640;
  const height = 280;
  const left = 50, right = 20, top = 20, bottom = 60;
  const plotW = width - left - right, plotH = height - top - bottom;
  const values = points.map((p) => p.value).concat(options.baseline ?? []);
  const min = Math.min(0, ...values);
  const max = niceMax(Math.max(...values, 1));
  const x = (i: number) => left + (points.length <= 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => top + plotH - ((v - min) / (max - min || 1)) * plotH;
  const id = chartId('line');
  const unit = options.unit ? ` ${options.unit}` : '';
  const description = options.description
    ?? points.map((p) => `${p.label}: ${p.value}${unit}`).join(', ') + (options.baseline != null ? `. Baseline ${options.baseline}${unit}.` : '');
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = min + f * (max - min);
    return `<line class="app-chart__grid" x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}"></line>
      <text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${Number(v.toFixed(1))}</text>`;
  });
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  const marks = points.map((p, i) => `<circle class="app-chart__point" cx="${x(i)}" cy="${y(p.value)}" r="4"></circle>
    <text x="${x(i)}" y="${y(p.value) - 9}" text-anchor="middle">${p.value}</text>
    ${i % labelEvery === 0 || i === points.length - 1 ? `<text x="${x(i)}" y="${height - bottom + 20}" text-anchor="middle">${escapeXml(p.label)}</text>` : ''}`);
  const baseline = options.baseline != null
    ? `<line class="app-chart__baseline" x1="${left}" x2="${width - right}" y1="${y(options.baseline)}" y2="${y(options.baseline)}"></line>`
    : '';
  return `<svg class="app-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
    <title id="${id}-title">${escapeXml(title)}</title>
    <desc id="${id}-desc">${escapeXml(description)}</desc>
    ${grid.join('\n')}
    <line class="app-chart__axis" x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}"></line>
    ${baseline}
    <path class="app-chart__line" d="${path}"></path>
    ${marks.join('\n')}
  </svg>`;
}

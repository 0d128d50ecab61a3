import { chartId, COLOURS, escapeXml, niceMax, type Colour } from './svg.js';

export interface Bar {
  label: string;
  value: number;
  colour?: Colour;
}

/** A horizontal bar chart: one row a bar, its value written at the end of the bar. */
export function barChart(options: { title: string; description?: string; bars: Bar[]; width?: number }): string {
  const { title, bars } = options;
  const width = options.width ?? 480;
  const rowHeight = 36;
  const labelWidth = Math.min(200, Math.max(80, ...bars.map((b) => b.label.length * 9)));
  const plotWidth = width - labelWidth - 60;
  const height = Math.max(1, bars.length) * rowHeight + 10;
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const id = chartId('bar');
  const description = options.description ?? bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  const rows = bars.map((b, i) => {
    const y = i * rowHeight + 5;
    const w = Math.round((b.value / max) * plotWidth);
    return `<g>
      <text x="${labelWidth - 8}" y="${y + 20}" text-anchor="end">${escapeXml(b.label)}</text>
      <rect x="${labelWidth}" y="${y + 4}" width="${Math.max(w, b.value > 0 ? 2 : 0)}" height="${rowHeight - 12}" fill="${COLOURS[b.colour ?? 'blue']}"></rect>
      <text x="${labelWidth + w + 6}" y="${y + 20}">${b.value}</text>
    </g>`;
  });
  return `<svg class="app-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
    <title id="${id}-title">${escapeXml(title)}</title>
    <desc id="${id}-desc">${escapeXml(description)}</desc>
    <line class="app-chart__axis" x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}"></line>
    ${rows.join('\n')}
  </svg>`;
}

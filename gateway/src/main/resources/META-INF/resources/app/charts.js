// The county overview's charts, drawn as inline SVG text (no chart library, nothing from a CDN). Pure functions of
// their data: no DOM, so Node's test runner can draw them from a fixture.
import { esc } from './html.js';

/** Colours that stay apart on a phone in sunlight; a township keeps its colour in every chart. */
export const PALETTE = ['#0b5d3b', '#1565c0', '#b00020', '#e65100', '#6a1b9a', '#00838f', '#8a5a00', '#455a64',
  '#ad1457', '#2e7d32', '#283593', '#4e342e'];

/**
 * One rate of the county trend answer as chart series: the months, and per township its values (0..1, or null
 * where nothing was due or the service did not answer).
 */
export function trendSeries(trend, key) {
  const months = (trend?.months || []).map((m) => m.month);
  const byTownship = new Map();
  (trend?.months || []).forEach((m, i) => {
    for (const tw of m.townships || []) {
      if (!byTownship.has(tw.township)) {
        byTownship.set(tw.township, { key: tw.township, name: tw.name || tw.township, values: months.map(() => null) });
      }
      const v = tw[key];
      byTownship.get(tw.township).values[i] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
  });
  const series = [...byTownship.values()].sort((a, b) => a.key.localeCompare(b.key));
  return { months, series };
}

/** True when at least one value of one series can be drawn. */
export function hasData(series) {
  return series.some((s) => s.values.some((v) => v != null));
}

/** Runs of consecutive non-null values: [[index, value], ...] per run, so a null leaves a gap in the line. */
export function segments(values) {
  const runs = [];
  let run = null;
  values.forEach((v, i) => {
    if (v == null) {
      run = null;
      return;
    }
    if (!run) {
      run = [];
      runs.push(run);
    }
    run.push([i, v]);
  });
  return runs;
}

const pct = (v) => `${Math.round(v * 100)}%`;

/**
 * A line chart of rates (0..1) per month, one line per series, a legend under it. Returns '' when there is nothing
 * to draw, so the caller can say so in words.
 */
export function lineChart({ id, label, months, series, width = 640, monthLabel = (m) => m }) {
  if (!months.length || !hasData(series)) {
    return '';
  }
  const left = 44;
  const right = 16;
  const top = 12;
  const plotH = 180;
  const plotW = width - left - right;
  const x = (i) => left + (months.length === 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const y = (v) => top + plotH - Math.max(0, Math.min(1, v)) * plotH;
  const perRow = Math.max(1, Math.floor(width / 150));
  const legendTop = top + plotH + 34;
  const height = legendTop + Math.ceil(series.length / perRow) * 24 + 4;
  const grid = [0, 0.25, 0.5, 0.75, 1].map((v) => `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}"
    stroke="#ddd"/><text x="${left - 6}" y="${y(v) + 4}" font-size="12" text-anchor="end" fill="#555">${pct(v)}</text>`).join('');
  const step = Math.max(1, Math.ceil(months.length / Math.floor(plotW / 56)));
  const ticks = months.map((m, i) => (i % step === 0 || i === months.length - 1
    ? `<text x="${x(i).toFixed(1)}" y="${top + plotH + 18}" font-size="12" text-anchor="middle" fill="#555">${esc(monthLabel(m))}</text>`
    : '')).join('');
  const lines = series.map((s, si) => {
    const colour = PALETTE[si % PALETTE.length];
    const runs = segments(s.values);
    const d = runs.map((run) => run.map(([i, v], k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')).join(' ');
    const dots = runs.flat().map(([i, v]) => `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${colour}">
      <title>${esc(s.name)} ${esc(months[i])} ${pct(v)}</title></circle>`).join('');
    return `<g class="series" data-township="${esc(s.key)}">${d ? `<path class="line" d="${d}" fill="none" stroke="${colour}" stroke-width="3"/>` : ''}${dots}</g>`;
  }).join('');
  const legend = series.map((s, si) => {
    const lx = left + (si % perRow) * 150;
    const ly = legendTop + Math.floor(si / perRow) * 24;
    return `<g class="legend"><rect x="${lx}" y="${ly - 11}" width="18" height="12" fill="${PALETTE[si % PALETTE.length]}"/>
      <text x="${lx + 24}" y="${ly}" font-size="13">${esc(s.name)}</text></g>`;
  }).join('');
  return `<svg id="${esc(id)}" class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(label)}">
    ${grid}${ticks}${lines}${legend}</svg>`;
}

/** Horizontal stacked bars: per row, one segment per state with its count; the total at the end of each bar. */
export function stackedBars({ id, label, rows, keys, colours, keyLabel = (k) => k, width = 640 }) {
  const labelW = width < 480 ? 64 : 120;
  const barW = width - labelW - 40;
  const max = Math.max(1, ...rows.map((r) => keys.reduce((s, k) => s + (r.counts[k] || 0), 0)));
  const bars = rows.map((r, i) => {
    let x = labelW;
    const segs = keys.map((k, ki) => {
      const n = r.counts[k] || 0;
      const w = (n / max) * barW;
      const rect = n ? `<rect x="${x.toFixed(1)}" y="${i * 34 + 8}" width="${w.toFixed(1)}" height="24" fill="${colours[ki % colours.length]}"><title>${esc(keyLabel(k))} ${n}</title></rect>` : '';
      x += w;
      return rect;
    }).join('');
    const total = keys.reduce((s, k) => s + (r.counts[k] || 0), 0);
    return `<text x="0" y="${i * 34 + 25}" font-size="13">${esc(r.name)}</text>${segs}<text x="${(x + 4).toFixed(1)}" y="${i * 34 + 25}" font-size="12">${total}</text>`;
  }).join('');
  return `<svg id="${esc(id)}" class="chart" viewBox="0 0 ${width} ${rows.length * 34 + 16}" width="100%" role="img" aria-label="${esc(label)}">${bars}</svg>`;
}

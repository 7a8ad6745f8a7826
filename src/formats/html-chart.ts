/**
 * The eligible amounts as an inline SVG bar chart: one horizontal bar per measure, its length
 * proportional to its maximum amount (the largest spans the chart), the label above it and the amount
 * at its end. A bar the total does not count (stacking, a superseded programme) is paler and dashed.
 * Pure SVG, no script, so it prints and renders without a browser's help.
 */
import { displayWidth } from '../text/columns.js';
import type { BarView } from '../report/client/view.js';
import { esc } from './html-escape.js';

const WIDTH = 720;
/** The longest bar; the rest of the width holds the amount after it. */
export const BAR_MAX = 540;
const ROW = 46;
const BAR_HEIGHT = 16;
/** Terminal-style columns a label may take before it is cut (the full label stays in a tooltip). */
const LABEL_COLUMNS = 104;

export function barChart(bars: readonly BarView[], ariaLabel: string, notCounted: string): string {
  const max = Math.max(...bars.map((b) => b.amount));
  const rows = bars.map((b, i) => {
    const top = i * ROW;
    const width = barWidth(b.amount, max);
    const label = b.counted ? b.label : `${b.label} — ${notCounted}`;
    const style = b.counted ? 'fill="#2f6feb"' : 'fill="#c9d8f5" stroke="#2f6feb" stroke-dasharray="4 3"';
    return [
      `<g class="bar-row${b.counted ? '' : ' not-counted'}">`,
      `<title>${esc(`${label}: ${b.amountText}`)}</title>`,
      `<text x="0" y="${top + 15}" class="bar-label" font-size="13" fill="#1f2328">${esc(cut(label))}</text>`,
      `<rect class="bar" x="0" y="${top + 22}" width="${width}" height="${BAR_HEIGHT}" rx="2" ${style} data-amount="${b.amount}"/>`,
      `<text x="${width + 8}" y="${top + 35}" class="bar-amount" font-size="13" font-weight="600" fill="#1f2328">${esc(b.amountText)}</text>`,
      '</g>',
    ].join('');
  });
  const height = bars.length * ROW;
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(ariaLabel)}">`,
    `<title>${esc(ariaLabel)}</title>`,
    ...rows,
    '</svg>',
  ].join('\n');
}

/** Proportional to the amount, to a tenth of a unit; never so thin it vanishes. */
function barWidth(amount: number, max: number): number {
  return Math.max(2, Math.round((amount / max) * BAR_MAX * 10) / 10);
}

function cut(label: string): string {
  if (displayWidth(label) <= LABEL_COLUMNS) return label;
  let out = '';
  for (const ch of label) {
    if (displayWidth(`${out}${ch}…`) > LABEL_COLUMNS) break;
    out += ch;
  }
  return `${out}…`;
}

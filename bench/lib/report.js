/**
 * The benchmark's findings as rows: what was measured, our figure, the reference figure, their ratio,
 * the target and whether it was met. Rendered as a plain-text table for the terminal and as Markdown
 * for RESULTS.md.
 */
import { duration, mb, ratio } from './stats.js';

/** @typedef {{ name: string, ours: string, reference: string, ratio: string, target: string, met: boolean | null }} Row */

const check = (met) => (met === null ? '' : met ? 'yes' : 'NO');

/** A run's time, or "> budget" when it was stopped, with the projection when there is one. */
const runTime = (run) => (run.timedOut ? `> ${duration(run.seconds)}${run.projectedSeconds ? ` (~${duration(run.projectedSeconds)} projected)` : ''}` : duration(run.seconds));
const runRatio = (run, floor) => (run.timedOut ? `> ${ratio(run.seconds / floor.seconds)}` : ratio(run.seconds / floor.seconds));

/** @returns {Row[]} */
export function rowsOf(results) {
  const rows = [];
  const e = results.evaluation?.secondsPerProfile;
  if (e) {
    const q = results.evaluation.ratios; // medians of per-round ratios
    const row = (name, ours, reference, r, target, met) => rows.push({ name, ours: duration(e[ours]), reference: duration(e[reference]), ratio: ratio(r), target, met });
    row('evaluation: ours vs hand-written (ours/hand)', 'ours', 'hand', 1 / q['hand/ours'], '≤ 5×', 1 / q['hand/ours'] <= 5);
    row('evaluation: json-rules-engine vs ours (jre/ours)', 'ours', 'jre', q['jre/ours'], '≥ 100×', q['jre/ours'] >= 100);
    row('evaluation: ZEN awaited vs ours (zen/ours)', 'ours', 'zen', q['zen/ours'], '', null);
    row('evaluation: ZEN 64 in flight vs ours (zen/ours)', 'ours', 'zen64', q['zen64/ours'], '≥ 50×', q['zen64/ours'] >= 50);
    row('  full-detail path: ZEN 64 in flight vs ours with detail', 'ours-detail', 'zen64', q['zen64/ours-detail'], '≥ 10×', q['zen64/ours-detail'] >= 10);
    row('  ours with report entry vs hand-written', 'ours-report', 'hand', 1 / q['hand/ours-report'], '≤ 5×', 1 / q['hand/ours-report'] <= 5);
    row('  ours with report entry: jre/ours', 'ours-report', 'jre', q['jre/ours-report'], '≥ 100×', q['jre/ours-report'] >= 100);
    row('  ours with report entry: zen 64 in flight/ours', 'ours-report', 'zen64', q['zen64/ours-report'], '≥ 50×', q['zen64/ours-report'] >= 50);
    row('  reference: ours vs hand-written keeping traces', 'ours', 'hand-traced', 1 / q['hand-traced/ours'], '', null);
    row('  reference: hand-written keeping traces vs hand', 'hand-traced', 'hand', 1 / q['hand/hand-traced'], '', null);
    rows.push({ name: '  reference: checkText YAML, JSON (read + evaluate)', ours: duration(e['ours-read-yaml']), reference: duration(e['ours-read-json']), ratio: '', target: '', met: null });
  }
  const s = results.startup;
  if (s) rows.push({ name: 'check on one YAML file vs node -e 0', ours: duration(s.check), reference: duration(s.node), ratio: ratio(s.check / s.node), target: '≤ 2×', met: s.check / s.node <= 2 });
  for (const y of results.yaml ?? []) {
    const big = y.count >= 10_000;
    rows.push({ name: `${y.count} YAML files end to end vs one-thread floor`, ours: runTime(y.cli), reference: duration(y.floor.seconds), ratio: runRatio(y.cli, y.floor), target: big ? '≤ 0.65×' : '', met: big ? y.cli.seconds / y.floor.seconds <= 0.65 : null });
    if (y.cliOneJob) rows.push({ name: `  same with --jobs 1`, ours: runTime(y.cliOneJob), reference: duration(y.floor.seconds), ratio: runRatio(y.cliOneJob, y.floor), target: '', met: null });
    rows.push({ name: `  peak RSS (tool, floor)`, ours: mb(y.cli.maxRssBytes), reference: mb(y.floor.maxRssBytes), ratio: '', target: '', met: null });
  }
  for (const n of results.ndjson ?? []) {
    const big = n.count >= 1_000_000;
    const label = n.toolKind === 'cli' ? '' : ' (library stand-in)';
    rows.push({ name: `${n.count} NDJSON profiles streamed vs floor${label}`, ours: runTime(n.tool), reference: duration(n.floor.seconds), ratio: runRatio(n.tool, n.floor), target: big ? '≤ 1.3×' : '', met: big ? n.tool.seconds / n.floor.seconds <= 1.3 : null });
    // A run stopped early can only show that the peak was exceeded, never that it was kept.
    const rssMet = n.tool.maxRssBytes > 150 * 2 ** 20 ? false : n.tool.timedOut ? null : true;
    rows.push({ name: `  peak RSS (tool, floor)${n.tool.timedOut ? ', until stopped' : ''}`, ours: mb(n.tool.maxRssBytes), reference: mb(n.floor.maxRssBytes), ratio: '', target: big ? '≤ 150 MB' : '', met: big ? rssMet : null });
  }
  return rows;
}

const HEAD = ['measurement', 'ours', 'reference', 'ratio', 'target', 'met'];
const cells = (r) => [r.name, r.ours, r.reference, r.ratio, r.target, check(r.met)];

export function textTable(rows) {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((c) => [...c[i]].length)));
  const line = (c) => c.map((x, i) => x + ' '.repeat(widths[i] - [...x].length)).join('  ').trimEnd();
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(cells(r)))].join('\n');
}

export function markdownTable(rows) {
  const line = (c) => `| ${c.map((x) => x.replace(/\|/g, '\\|').replace(/^ +/, '↳ ')).join(' | ')} |`;
  return [line(HEAD), `|${HEAD.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => line(cells(r)))].join('\n');
}

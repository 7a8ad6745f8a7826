/**
 * The benchmark's findings as rows: what was measured, our figure, the reference figure, their ratio,
 * the target and whether it was met. Rendered as a plain-text table for the terminal and as Markdown
 * for RESULTS.md.
 */
import { duration, mb, ratio } from './stats.js';

/** @typedef {{ name: string, ours: string, reference: string, ratio: string, target: string, met: boolean | null, key?: string }} Row */

const check = (met) => (met === null ? '' : met ? 'yes' : 'NO');

/** A run's time, or "> budget" when it was stopped (with the projection when there is one), or its exit code when it failed. */
const runTime = (run) =>
  run.failed
    ? `exit ${run.failed.exitCode} after ${duration(run.seconds)}`
    : run.timedOut
      ? `> ${duration(run.seconds)}${run.projectedSeconds ? ` (~${duration(run.projectedSeconds)} projected)` : ''}`
      : duration(run.seconds);
const runRatio = (run, floor) =>
  run.failed ? 'n/a' : run.timedOut ? `> ${ratio(run.seconds / floor.seconds)}` : ratio(run.seconds / floor.seconds);
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(2)} kB` : 'n/a');
const MiB = 2 ** 20;

/** Rows of what the run measured; `key` names a target for the bounds step (measure/bounds.js). @returns {Row[]} */
export function rowsOf(results) {
  const rows = [];
  const e = results.evaluation?.secondsPerProfile;
  if (e) {
    const q = results.evaluation.ratios; // medians of per-round ratios
    const row = (name, ours, reference, r, target, met, key) =>
      rows.push({ name, ours: duration(e[ours]), reference: duration(e[reference]), ratio: ratio(r), target, met, key });
    row(
      'evaluation (decisions): ours vs hand-written (ours/hand)',
      'ours',
      'hand',
      1 / q['hand/ours'],
      '≤ 5×',
      1 / q['hand/ours'] <= 5,
      'evaluation',
    );
    row('evaluation: json-rules-engine vs ours (jre/ours)', 'ours', 'jre', q['jre/ours'], '≥ 100×', q['jre/ours'] >= 100, 'evaluation');
    row('evaluation: ZEN awaited vs ours (zen/ours)', 'ours', 'zen', q['zen/ours'], '', null);
    row('evaluation: ZEN 64 in flight vs ours (zen/ours)', 'ours', 'zen64', q['zen64/ours'], '≥ 50×', q['zen64/ours'] >= 50, 'evaluation');
    row(
      '  full-detail path: ZEN 64 in flight vs ours with detail',
      'ours-detail',
      'zen64',
      q['zen64/ours-detail'],
      '≥ 10×',
      q['zen64/ours-detail'] >= 10,
      'detail',
    );
    row('  ours with the compact report entry vs hand-written', 'ours-report', 'hand', 1 / q['hand/ours-report'], '', null);
    row('  ours with the compact report entry: ZEN 64 in flight/ours', 'ours-report', 'zen64', q['zen64/ours-report'], '', null);
    row('  reference: hand-written keeping the decisions vs hand', 'hand-decided', 'hand', 1 / q['hand/hand-decided'], '', null);
    row('  reference: ours vs hand-written keeping the decisions', 'ours', 'hand-decided', 1 / q['hand-decided/ours'], '', null);
    row('  reference: ours vs hand-written keeping traces', 'ours', 'hand-traced', 1 / q['hand-traced/ours'], '', null);
    row('  reference: hand-written keeping traces vs hand', 'hand-traced', 'hand', 1 / q['hand/hand-traced'], '', null);
    rows.push({
      name: '  reference: checkText YAML, JSON (read + evaluate)',
      ours: duration(e['ours-read-yaml']),
      reference: duration(e['ours-read-json']),
      ratio: '',
      target: '',
      met: null,
    });
  }
  const s = results.startup;
  if (s)
    rows.push({
      name: 'check on one YAML file vs node -e 0',
      ours: duration(s.check),
      reference: duration(s.node),
      ratio: ratio(s.check / s.node),
      target: '≤ 2×',
      met: s.check / s.node <= 2,
      key: 'startup',
    });
  for (const y of results.yaml ?? []) {
    const big = y.count >= 10_000;
    const jobs = (run, label) =>
      rows.push({
        name: `  same with ${label}`,
        ours: runTime(run),
        reference: duration(y.floor.seconds),
        ratio: runRatio(run, y.floor),
        target: '',
        met: null,
      });
    rows.push({
      name: `${y.count} YAML files, default jobs, vs one-thread read + yaml parse`,
      ours: runTime(y.cli),
      reference: duration(y.floor.seconds),
      ratio: runRatio(y.cli, y.floor),
      target: big ? '≤ 0.65×' : '',
      met: big ? !y.cli.timedOut && y.cli.seconds / y.floor.seconds <= 0.65 : null,
      key: big ? 'yaml' : undefined,
    });
    if (y.cliOneJob) jobs(y.cliOneJob, '--jobs 1');
    if (y.cliTwoJobs) jobs(y.cliTwoJobs, '--jobs 2');
    rows.push({
      name: '  peak RSS (default jobs, floor)',
      ours: mb(y.cli.maxRssBytes),
      reference: mb(y.floor.maxRssBytes),
      ratio: '',
      target: '',
      met: null,
    });
  }
  for (const n of results.ndjson ?? []) {
    const big = n.count >= 50_000;
    const label = n.toolKind === 'cli' ? '' : ' (library stand-in)';
    const t = n.tool;
    rows.push({
      name: `${n.count} NDJSON profiles streamed, ndjson out, vs floor${label}`,
      ours: runTime(t),
      reference: duration(n.floor.seconds),
      ratio: runRatio(t, n.floor),
      target: big ? '≤ 2× (aim 1.3×)' : '',
      met: big ? !t.timedOut && !t.failed && t.seconds / n.floor.seconds <= 2 : null,
      key: big ? 'ndjson' : undefined,
    });
    rows.push(rssRow('  peak RSS (ndjson, floor)', t, n.floor, big ? 150 : null, 'rss-ndjson'));
    const answers = n.floorAnswers;
    if (answers) {
      // What bounds the target: the floor answering with results of our size, through JSON.stringify.
      rows.push({
        name: '  floor answering each line with one of our results, vs floor',
        ours: runTime(answers),
        reference: duration(n.floor.seconds),
        ratio: runRatio(answers, n.floor),
        target: '',
        met: null,
      });
      rows.push({
        name: '  ours vs that floor (parse and write alike; ours also validates and evaluates)',
        ours: runTime(t),
        reference: runTime(answers),
        ratio: runRatio(t, answers),
        target: '',
        met: null,
      });
    }
    const two = n.toolTwoJobs;
    if (two) {
      rows.push({
        name: '  same with --jobs 2 (the main thread and a worker), vs default jobs',
        ours: runTime(two),
        reference: runTime(t),
        ratio: runRatio(two, t),
        target: '',
        met: null,
      });
      rows.push(rssRow('  peak RSS (--jobs 2, floor)', two, n.floor, null, undefined));
    }
    const perProfile = t.stdoutBytes / n.count;
    rows.push({
      name: '  output per profile (ndjson, floor)',
      ours: t.timedOut ? 'n/a' : kb(perProfile),
      reference: kb(n.floor.stdoutBytes / n.count),
      ratio: '',
      target: big ? '≤ 3 kB' : '',
      met: big && !t.timedOut ? perProfile <= 3 * 1024 : null,
      key: 'output',
    });
    for (const format of ['csv', 'junit']) {
      const f = n[format];
      if (!f) continue;
      rows.push({
        name: `  ${format} of the same stream vs floor`,
        ours: runTime(f),
        reference: duration(n.floor.seconds),
        ratio: runRatio(f, n.floor),
        target: '',
        met: null,
      });
      rows.push(rssRow(`  peak RSS (${format}, floor)`, f, n.floor, big ? 200 : null, `rss-${format}`));
    }
  }
  return rows;
}

/** A peak RSS row: a run stopped early can only show that the peak was exceeded; a crash never meets it. */
function rssRow(name, run, floor, limitMb, key) {
  const over = run.maxRssBytes > limitMb * MiB;
  const met = limitMb === null ? null : over || run.failed ? false : run.timedOut ? null : true;
  const note = run.failed ? ` (exit ${run.failed.exitCode})` : run.timedOut ? ' (until stopped)' : '';
  return {
    name,
    ours: `${mb(run.maxRssBytes)}${note}`,
    reference: mb(floor.maxRssBytes),
    ratio: '',
    target: limitMb === null ? '' : `≤ ${limitMb} MB`,
    met,
    key: limitMb === null ? undefined : key,
  };
}

const HEAD = ['measurement', 'ours', 'reference', 'ratio', 'target', 'met'];
const cells = (r) => [r.name, r.ours, r.reference, r.ratio, r.target, check(r.met)];

export function textTable(rows) {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((c) => [...c[i]].length)));
  const line = (c) =>
    c
      .map((x, i) => x + ' '.repeat(widths[i] - [...x].length))
      .join('  ')
      .trimEnd();
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(cells(r)))].join('\n');
}

export function markdownTable(rows) {
  const line = (c) => `| ${c.map((x) => x.replace(/\|/g, '\\|').replace(/^ +/, '↳ ')).join(' | ')} |`;
  return [line(HEAD), `|${HEAD.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => line(cells(r)))].join('\n');
}

/**
 * Evaluation per profile, each engine in its own process (measure/evaluate-one.js), on the same
 * generated profiles, pre-read by our reader: ours (`evaluate`: decisions; with detail; and with the
 * compact report entry built), the hand-written function, json-rules-engine, ZEN awaited one at a time and with 64
 * evaluations in flight. Engines take turns, round after round; each time is the median over rounds,
 * and each ratio the median of the per-round ratios (runs of one round are minutes apart at most, so
 * a shared machine's load weighs on both sides of a ratio alike).
 * The two `checkText` rows (read the text, then evaluate) are for reference: they are not evaluation.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median } from '../lib/stats.js';

const run = promisify(execFile);
const ONE = fileURLToPath(new URL('./evaluate-one.js', import.meta.url));

export const EVALUATION_ENGINES = {
  ours: 'ours: evaluate, decisions (verdict, amount, evidence, deciding leaf)',
  'ours-detail': 'ours: evaluate with detail (every trace, the trees, what it would take)',
  'ours-report': 'ours: evaluate + the default (compact) report entry',
  hand: 'hand-written function',
  'hand-decided': 'hand-written, keeping what our decisions keep: deciding leaf, missing paths, steps, stacking (reference)',
  'hand-traced': 'hand-written, keeping a trace per condition (reference)',
  jre: 'json-rules-engine (awaited)',
  zen: 'ZEN (awaited one at a time)',
  zen64: 'ZEN (64 in flight)',
  'ours-read-yaml': 'ours: checkText YAML (read + evaluate), reference',
  'ours-read-json': 'ours: checkText JSON (read + evaluate), reference',
};

export async function measureEvaluation({ seed, count, rounds, seconds, log = () => {} }) {
  const samples = Object.fromEntries(Object.keys(EVALUATION_ENGINES).map((k) => [k, []]));
  let profiles = 0;
  for (let round = 0; round < rounds; round++) {
    const names = Object.keys(EVALUATION_ENGINES);
    for (let i = 0; i < names.length; i++) {
      const engine = names[(i + round) % names.length];
      const { stdout } = await run(process.execPath, [ONE, engine, String(seed), String(count), String(seconds)], { maxBuffer: 1 << 20 });
      const result = JSON.parse(stdout);
      profiles = result.profiles;
      samples[engine].push(result.secondsPerProfile);
    }
    log(`evaluation round ${round + 1}/${rounds}`);
  }
  const secondsPerProfile = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  /** `ratio(a, b)`: the median over rounds of a's time over b's. */
  const ratios = {};
  for (const a of Object.keys(samples))
    for (const b of ['ours', 'ours-detail', 'ours-report', 'hand-decided', 'hand-traced'])
      ratios[`${a}/${b}`] = median(samples[a].map((x, r) => x / samples[b][r]));
  return { profiles, rounds, seconds, secondsPerProfile, ratios, samples };
}

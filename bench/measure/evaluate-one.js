#!/usr/bin/env node
/**
 * One evaluation engine in a process of its own, so that no other engine's garbage, heap or JIT state
 * weighs on it: read `count` generated profiles (not timed), warm up, then time whole passes over them
 * for at least `seconds`, and print the time per profile as JSON.
 *
 *   node bench/measure/evaluate-one.js <engine> <seed> <count> <seconds>
 */
import { plainFacts } from '../peers/facts.js';
import { handWritten } from '../peers/hand-written.js';
import { handDecided } from '../peers/hand-decided.js';
import { handTraced } from '../peers/hand-traced.js';
import { jsonRulesEngine } from '../peers/json-rules-engine.js';
import { evaluateOurs, evaluateOursDetail, prepareOurs, readOurs, reportOurs } from '../peers/ours.js';
import { zenDecision } from '../peers/zen.js';
import { jsonLine, yamlText } from '../generate.js';

const [engine, seedText, countText, secondsText] = process.argv.slice(2);
const seed = Number(seedText);
const prepared = await prepareOurs();
const valid = [];
for (let i = 0; i < Number(countText); i++) {
  const file = `applicant-${i + 1}.yaml`;
  const yaml = yamlText(seed, i);
  // Keep what the passes read (the file name and the profile read), not the evaluation checkText made:
  // a thousand evaluation results kept alive from here teach V8 that the objects evaluate() allocates
  // survive (allocation-site pretenuring), so every later result would be allocated in the old
  // generation and the timed passes of ours alone would pay major collections (4-6x its time, measured:
  // 2026-12-01). No peer's results are kept either.
  const { file: name, read } = readOurs(prepared, file, 'yaml', yaml);
  const outcome = { file: name, read };
  if (outcome.read.profile) valid.push({ file, yaml, json: jsonLine(seed, i), outcome, facts: plainFacts(outcome.read.profile) });
}
const n = valid.length;
let sink = 0;

/** Each pass evaluates every profile once. */
function passFor(name) {
  switch (name) {
    case 'ours':
      return () => {
        for (let k = 0; k < n; k++) sink += evaluateOurs(prepared, valid[k].outcome.read.profile).maxTotal;
      };
    case 'ours-detail':
      return () => {
        for (let k = 0; k < n; k++) sink += evaluateOursDetail(prepared, valid[k].outcome.read.profile).maxTotal;
      };
    case 'ours-report':
      return () => {
        for (let k = 0; k < n; k++) sink += reportOurs(prepared, valid[k].outcome).maxTotal ?? 0;
      };
    case 'ours-read-yaml':
      return () => {
        for (let k = 0; k < n; k++) sink += readOurs(prepared, valid[k].file, 'yaml', valid[k].yaml).evaluation.maxTotal;
      };
    case 'ours-read-json':
      return () => {
        for (let k = 0; k < n; k++) sink += readOurs(prepared, valid[k].file, 'json', valid[k].json).evaluation.maxTotal;
      };
    case 'hand':
      return () => {
        for (let k = 0; k < n; k++) sink += handWritten(valid[k].facts).maxTotal;
      };
    case 'hand-decided':
      return () => {
        for (let k = 0; k < n; k++) sink += handDecided(valid[k].facts).maxTotal;
      };
    case 'hand-traced':
      return () => {
        for (let k = 0; k < n; k++) sink += handTraced(valid[k].facts).maxTotal;
      };
    case 'jre': {
      const jre = jsonRulesEngine();
      return async () => {
        for (let k = 0; k < n; k++) sink += (await jre(valid[k].facts)).maxTotal;
      };
    }
    case 'zen': {
      const zen = zenDecision();
      return async () => {
        for (let k = 0; k < n; k++) sink += (await zen.evaluate(valid[k].facts)).maxTotal;
      };
    }
    case 'zen64': {
      const zen = zenDecision();
      return async () => {
        let next = 0;
        const worker = async () => {
          while (next < n) sink += (await zen.evaluate(valid[next++].facts)).maxTotal;
        };
        await Promise.all(Array.from({ length: 64 }, worker));
      };
    }
    default:
      throw new Error(`unknown engine ${name}`);
  }
}

async function timed(pass, seconds) {
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    await pass();
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  return elapsed / (passes * n);
}

const pass = passFor(engine);
await timed(pass, Math.min(0.5, Number(secondsText) / 2)); // warm-up: JIT, caches, ZEN's first compile
const secondsPerProfile = await timed(pass, Number(secondsText));
process.stdout.write(`${JSON.stringify({ engine, profiles: n, secondsPerProfile, sink: sink % 1000 })}\n`);
process.exit(0); // ZEN keeps native threads alive

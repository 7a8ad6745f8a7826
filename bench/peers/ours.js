/**
 * subsidy-check itself, through its library API (dist/index.js): the rule file loaded and compiled once,
 * each profile read by `checkText` and evaluated by `evaluate`: decisions (verdicts, amounts, the deciding
 * leaf), or with `detail` every trace, the condition trees and what it would take.
 */
import { readFile } from 'node:fs/promises';
import { checkText, compactResult, evaluate, loadRules, prepare } from '../../dist/index.js';

const PROGRAMME = 'putuo-digital-transformation';
const RULE_FILE = `rules/${PROGRAMME}/2022.yaml`;
/** Inside the 2022 application window; the verdicts do not depend on it. */
export const AS_OF = '2022-07-05';

export async function prepareOurs(ruleFile = new URL(`../../${RULE_FILE}`, import.meta.url)) {
  const text = await readFile(ruleFile, 'utf8');
  const { versions, diagnostics } = loadRules([{ file: RULE_FILE, text }]);
  if (diagnostics.some((d) => d.severity === 'error'))
    throw new Error(`${RULE_FILE} does not load: ${diagnostics.map((d) => d.code).join(', ')}`);
  const prepared = prepare(versions, AS_OF, [PROGRAMME]);
  if ('diagnostics' in prepared) throw new Error(`cannot select ${PROGRAMME}`);
  return prepared;
}

/** Read one profile text; `profile` is undefined when the file is invalid. */
export function readOurs(prepared, file, format, text) {
  return checkText(prepared, file, format, text);
}

/** The timed call: evaluation of a read profile, as `check` runs it: verdicts, amounts, evidence, missing paths, the deciding leaf, caveats. */
export function evaluateOurs(prepared, profile) {
  return evaluate(prepared.compiled, profile, prepared.asOf);
}

/** The full-detail path (`explain`, `--detail full`): every leaf trace, the trees and what it would take. */
export function evaluateOursDetail(prepared, profile) {
  return evaluate(prepared.compiled, profile, prepared.asOf, { detail: true });
}

/** Evaluation and the default (compact) report entry built from it: one-line reasons and caveat texts rendered. */
export function reportOurs(prepared, outcome) {
  return compactResult(
    { file: outcome.file, read: outcome.read, evaluation: evaluate(prepared.compiled, outcome.read.profile, prepared.asOf) },
    'en',
  );
}

/** @returns {import('./facts.js').Verdicts} */
export function verdictsOfOurs(evaluation) {
  const programme = evaluation.programmes[0];
  const byProject = new Map();
  for (const m of programme.measures) {
    const id = m.project?.id ?? null;
    if (!byProject.has(id)) byProject.set(id, { id });
    byProject.get(id)[m.measure.id === 'project-subsidy' ? 'subsidy' : 'match'] = { verdict: m.verdict, amount: m.maxAmount };
  }
  return { projects: [...byProject.values()], maxTotal: programme.maxTotal };
}

/**
 * Bounded work per profile, checked when the rules load. YAML aliases let a 98 kB rule file, within
 * every other limit, expand to 99 copies of a 1,000-condition list: evaluated for each of a profile's
 * projects it took 1 GB for 10 projects and crashed V8 for 40. So the condition nodes a profile can
 * make the engine evaluate — each measure's gate and conditions, once aliases are expanded, times the
 * most projects a profile may have when the measure is per project — are held to a budget. The
 * bundled rules need at most a few thousand.
 */
import { MAX_PROJECTS } from '../profile/read.js';
import type { Check } from './finding.js';
import type { Condition } from './schema.js';

/** Condition nodes evaluated for one profile at most: about 14 times what the bundled rules need (7,000 at most). */
const MAX_CONDITION_EVALUATIONS = 100_000;

/** Nodes of a condition tree, aliases expanded (a shared subtree counts each time it is reached). */
function conditionNodes(condition: Condition | undefined): number {
  if (!condition) return 0;
  if ('all' in condition) return 1 + condition.all.reduce((n, c) => n + conditionNodes(c), 0);
  if ('any' in condition) return 1 + condition.any.reduce((n, c) => n + conditionNodes(c), 0);
  if ('not' in condition) return 1 + conditionNodes(condition.not);
  return 1;
}

export const conditionBudget: Check = (rule) => {
  const gate = conditionNodes(rule.gate);
  const costs = rule.measures.map((m) => (gate + conditionNodes(m.when)) * (m.perProject ? MAX_PROJECTS : 1));
  const total = costs.reduce((a, b) => a + b, 0);
  if (total <= MAX_CONDITION_EVALUATIONS) return [];
  const largest = costs.indexOf(Math.max(...costs));
  const nodes = gate + conditionNodes(rule.measures[largest]!.when);
  return [
    {
      code: 'rules/too-many-conditions',
      path: ['measures', largest, 'when'],
      args: { path: `measures[${largest}].when`, nodes, total, max: MAX_CONDITION_EVALUATIONS, projects: MAX_PROJECTS },
    },
  ];
};

/** A small rule version around one leaf, for the operator tests: lint it, evaluate it, read its words. */
import { compileProgramme } from '../../src/engine/compile.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Show } from '../../src/operators/operator.js';
import type { Facts } from '../../src/profile/read.js';
import { lintRule } from '../../src/rules/lint.js';
import type { Fact, Leaf } from '../../src/rules/schema.js';
import { fact, measure, project, ruleVersion } from '../builders.js';

const PERIOD = { id: 'exec', label: { zh: '执行期', en: 'Execution period' }, from: '2020-01', to: '2021-12', cite: 'S1', evidence: 'stated' as const };

/** A version whose one measure has `when: leaf`, per project when the leaf reads a project fact. */
export function versionWith(l: Leaf, facts: Record<string, Fact>) {
  const perProject = JSON.stringify(l.fact ?? '').includes('projects[]');
  return ruleVersion({ facts: { 'company.credit': fact('enum', ['good', 'poor']), ...facts }, periods: [PERIOD], measures: [measure('m', { perProject, when: l })] });
}

/** The reasons lint gives for the version's leaves (`rules/bad-leaf`), in order. */
export function leafProblems(l: Leaf, facts: Record<string, Fact>): string[] {
  return lintRule(versionWith(l, facts).rule)
    .filter((f) => f.code === 'rules/bad-leaf')
    .map((f) => String(f.args.reason));
}

/** The measure's result for a company with good credit and, for a per-project leaf, one project. */
export function judged(l: Leaf, facts: Record<string, Fact>, company: Facts, projectFacts?: Facts) {
  const version = versionWith(l, facts);
  const profile = { company: { credit: 'good', ...company }, projects: projectFacts ? [project(projectFacts)] : [] };
  const result = evaluate([compileProgramme(version)], profile, '2024-06-01', { detail: true, changes: 'every' });
  return result.programmes[0]!.measures[0]!;
}

/** Values as written, dates in angle brackets: enough to see which argument goes where. */
export function plainShow(type: Show['type']): Show {
  return { type, value: (v) => String(v), date: (d) => `<${d}>`, period: (id) => (id === PERIOD.id ? { from: PERIOD.from, to: PERIOD.to } : undefined) };
}

/**
 * The hand-written function again, but keeping what our engine keeps for its reasons: for every
 * (measure, project), one trace entry per condition of the gate and of the measure (leaf, scope,
 * result, actual value, missing paths), the measure's missing paths and its amount steps. A reference
 * for what "evaluation with full reasons" costs at the least, not one of the compared implementations
 * (its verdicts are still checked, so that the reference is right).
 */
import { RULE } from './facts.js';

const LEAVES = {
  district: { fact: 'company.business_district' },
  tax: { fact: 'company.tax_district' },
  legal: { fact: 'company.independent_legal_person' },
  operating: { fact: 'company.operating_status' },
  credit: { fact: 'company.credit' },
  type: { fact: 'projects[].type' },
  investment: { fact: 'projects[].investment' },
  period: { fact: 'projects[].start..projects[].end' },
  status: { fact: 'projects[].status' },
  government: { fact: 'projects[].government_investment' },
  joint: { fact: 'projects[].joint_application' },
  funding: { fact: 'projects[].municipal_funding' },
};
const NONE = Object.freeze([]);

function leaf(trace, l, scope, value, passes, path, i) {
  const result = value === null ? 'unknown' : passes ? 'pass' : 'fail';
  trace.push({
    leaf: l,
    scope,
    result,
    actual: value,
    missing: value === null ? [i === undefined ? path : `projects[${i}].${path}`] : NONE,
  });
  return result;
}

function within(trace, p, i) {
  const s = p.startFirst;
  const e = p.endLast;
  let result;
  if ((s !== null && s > RULE.periodLast) || (e !== null && e < RULE.periodFirst)) result = 'fail';
  else if (s === null || e === null) result = 'unknown';
  else result = s >= RULE.periodFirst && e <= RULE.periodLast ? 'pass' : 'unknown';
  const missing =
    result === 'unknown' && (s === null || e === null)
      ? [...(s === null ? [`projects[${i}].start`] : []), ...(e === null ? [`projects[${i}].end`] : [])]
      : NONE;
  trace.push({ leaf: LEAVES.period, scope: 'measure', result, actual: `${s ?? '?'}..${e ?? '?'}`, missing });
  return result;
}

/** Kleene `all` and `any` over 'pass' | 'fail' | 'unknown'. */
const allOf = (results) => (results.includes('fail') ? 'fail' : results.includes('unknown') ? 'unknown' : 'pass');
const anyOf = (results) => (results.includes('pass') ? 'pass' : results.includes('unknown') ? 'unknown' : 'fail');
const VERDICT = { pass: 'eligible', fail: 'ineligible', unknown: 'undetermined' };

function measure(c, p, i, isMatch) {
  const trace = [];
  const r = [
    leaf(trace, LEAVES.district, 'gate', c.business_district, c.business_district === 'putuo', 'company.business_district'),
    leaf(trace, LEAVES.tax, 'gate', c.tax_district, c.tax_district === 'putuo', 'company.tax_district'),
    leaf(trace, LEAVES.legal, 'gate', c.independent_legal_person, c.independent_legal_person === true, 'company.independent_legal_person'),
    leaf(trace, LEAVES.operating, 'gate', c.operating_status, c.operating_status === 'normal', 'company.operating_status'),
    leaf(trace, LEAVES.credit, 'gate', c.credit, c.credit === 'good', 'company.credit'),
    leaf(trace, LEAVES.type, 'measure', p.type, p.type === 'digital-transformation', 'type', i),
  ];
  const funded = leaf(trace, LEAVES.funding, 'measure', p.municipal_funding, p.municipal_funding > 0, 'municipal_funding', i);
  if (isMatch) r.push(funded);
  else {
    r.push(leaf(trace, LEAVES.investment, 'measure', p.investment, p.investment > RULE.minInvestment, 'investment', i));
    const stage = allOf([
      within(trace, p, i),
      leaf(trace, LEAVES.status, 'measure', p.status, RULE.doneStatuses.includes(p.status), 'status', i),
      leaf(trace, LEAVES.government, 'measure', p.government_investment, p.government_investment === false, 'government_investment', i),
    ]);
    r.push(anyOf([funded, stage]));
  }
  r.push(leaf(trace, LEAVES.joint, 'measure', p.joint_application, p.joint_application === false, 'joint_application', i));
  const verdict = VERDICT[allOf(r)];
  const base = isMatch ? p.municipal_funding : p.investment;
  const raw = base === null ? null : isMatch ? Math.floor(base) : Math.floor((base * 3) / 10);
  const amount = verdict === 'ineligible' ? 0 : raw === null ? null : Math.min(raw, RULE.cap);
  const steps =
    verdict === 'ineligible' || raw === null
      ? []
      : [
          { step: isMatch ? 'match' : 'rate', base, value: raw },
          { step: 'cap', cap: RULE.cap, before: raw, value: amount, binding: RULE.cap < raw },
        ];
  let missing = NONE;
  for (const t of trace) if (t.missing.length > 0) missing = [...new Set([...missing, ...t.missing])];
  return { verdict, amount, trace, missing, steps };
}

/** @returns {import('./facts.js').Verdicts & { traces: unknown[] }} */
export function handTraced(facts) {
  const c = facts.company;
  let maxTotal = 0;
  const projects = facts.projects.map((p, i) => {
    const subsidy = measure(c, p, i, false);
    const match = measure(c, p, i, true);
    for (const m of [subsidy, match]) if (m.verdict === 'eligible' && m.amount > maxTotal) maxTotal = m.amount;
    return { id: p.id, subsidy, match };
  });
  return { projects, maxTotal };
}

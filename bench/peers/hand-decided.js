/**
 * The hand-written function again, keeping what our decision path returns and no more: per (measure,
 * project) one result with the verdict, the amount and its steps, the evidence level, the leaf the
 * verdict rests on (the first leaf against it, else the first unknown one, with its value and missing
 * paths), the count of conditions, the measure's missing paths, its caveats and whether the total
 * counts it; per programme the stacking (the one pair the total counts, the choice between them) and
 * what settling the undetermined ones could unlock. Written as a developer would for these rules alone:
 * three-valued codes, a missing path made only when a fact is missing, shared frozen values for what
 * every result shares. A reference for what the decision contract costs at the least, not one of the
 * compared implementations (its verdicts are still checked, so that the reference is right).
 */
import { RULE } from './facts.js';

const NONE = Object.freeze([]);
const PASS = 0;
const FAIL = 1;
const UNKNOWN = 2;
const VERDICT = ['eligible', 'ineligible', 'undetermined'];
const RESULT = ['pass', 'fail', 'unknown'];

/** The rules' leaves, as a result names them (shared by every result, never written). */
const leaf = (fact, scope, path) => Object.freeze({ leaf: Object.freeze({ fact }), scope, path });
const L = {
  district: leaf('company.business_district', 'gate', 'company.business_district'),
  tax: leaf('company.tax_district', 'gate', 'company.tax_district'),
  legal: leaf('company.independent_legal_person', 'gate', 'company.independent_legal_person'),
  operating: leaf('company.operating_status', 'gate', 'company.operating_status'),
  credit: leaf('company.credit', 'gate', 'company.credit'),
  type: leaf('projects[].type', 'measure', 'type'),
  investment: leaf('projects[].investment', 'measure', 'investment'),
  period: leaf('projects[].start..projects[].end', 'measure', 'start'),
  status: leaf('projects[].status', 'measure', 'status'),
  government: leaf('projects[].government_investment', 'measure', 'government_investment'),
  joint: leaf('projects[].joint_application', 'measure', 'joint_application'),
  funding: leaf('projects[].municipal_funding', 'measure', 'municipal_funding'),
};
const SUBSIDY = Object.freeze({ id: 'project-subsidy', conditions: 11, caveats: NONE });
const MATCH = Object.freeze({ id: 'municipal-match', conditions: 8, caveats: NONE });
const GROUP = Object.freeze({ id: 'one-of', label: Object.freeze({ zh: '择一', en: 'one of' }), evidence: 'reported' });

/** What a measure's leaves leave behind: the first against, the first unknown, every missing path. */
class Kept {
  against = null;
  againstValue = null;
  unknown = null;
  unknownMissing = NONE;
  missing = null;

  /** One leaf: `value` null when its fact is missing; returns the leaf's code. */
  test(l, value, passes, i) {
    return this.result(l, value === null ? UNKNOWN : passes ? PASS : FAIL, value, i);
  }

  /** One leaf's code, as its test gave it. */
  result(l, code, value, i) {
    if (code === FAIL && this.against === null) {
      this.against = l;
      this.againstValue = value;
    } else if (code === UNKNOWN) {
      const path = l.scope === 'gate' ? l.path : i === null ? 'projects' : `projects[${i}].${l.path}`;
      if (this.unknown === null) {
        this.unknown = l;
        this.unknownMissing = [path];
      }
      if (this.missing === null) this.missing = [path];
      else if (!this.missing.includes(path)) this.missing.push(path);
    }
    return code;
  }
}

/** The leaf the verdict rests on, as our result gives it: the gate's first, then the measure's. */
function decisive(verdict, gate, kept) {
  if (verdict === PASS) return null;
  const against = verdict === FAIL;
  const from = (against ? gate.against : gate.unknown) === null ? kept : gate;
  const l = against ? from.against : from.unknown;
  if (l === null) return null;
  return {
    leaf: l.leaf,
    scope: l.scope,
    result: RESULT[verdict],
    actual: against ? from.againstValue : null,
    missing: against ? NONE : from.unknownMissing,
    negated: false,
  };
}

/** The gate's missing paths, then the measure's, each once; the measure's own list when the gate has none. */
function missingOf(gate, kept) {
  if (gate.missing === null) return kept.missing ?? NONE;
  const missing = gate.missing.slice();
  if (kept.missing !== null) for (const path of kept.missing) if (!missing.includes(path)) missing.push(path);
  return missing;
}

/** Kleene `and` and `or` of result codes. */
const and = (a, b) => (a === FAIL || b === FAIL ? FAIL : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : PASS);
const or = (a, b) => (a === PASS || b === PASS ? PASS : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : FAIL);

function withinPeriod(p) {
  const s = p.startFirst;
  const e = p.endLast;
  if ((s !== null && s > RULE.periodLast) || (e !== null && e < RULE.periodFirst)) return FAIL;
  if (s === null || e === null) return UNKNOWN;
  return s >= RULE.periodFirst && e <= RULE.periodLast ? PASS : UNKNOWN;
}

function gateOf(c, k) {
  let r = k.test(L.district, c.business_district, c.business_district === 'putuo', null);
  r = and(r, k.test(L.tax, c.tax_district, c.tax_district === 'putuo', null));
  r = and(r, k.test(L.legal, c.independent_legal_person, c.independent_legal_person === true, null));
  r = and(r, k.test(L.operating, c.operating_status, c.operating_status === 'normal', null));
  return and(r, k.test(L.credit, c.credit, c.credit === 'good', null));
}

/** One measure for one project: the gate's code and what it kept, `i` the project's index (null: none). */
function measure(m, gate, gateKept, p, i) {
  const k = new Kept();
  let r = gate;
  r = and(r, k.test(L.type, p.type, p.type === 'digital-transformation', i));
  const funded = k.test(L.funding, p.municipal_funding, p.municipal_funding > 0, i);
  if (m === MATCH) r = and(r, funded);
  else {
    r = and(r, k.test(L.investment, p.investment, p.investment > RULE.minInvestment, i));
    const inPeriod = k.result(L.period, withinPeriod(p), p.startFirst, i);
    const done = k.test(L.status, p.status, RULE.doneStatuses.includes(p.status), i);
    const notGovernment = k.test(L.government, p.government_investment, p.government_investment === false, i);
    r = and(r, or(funded, and(inPeriod, and(done, notGovernment))));
  }
  r = and(r, k.test(L.joint, p.joint_application, p.joint_application === false, i));
  const base = m === MATCH ? p.municipal_funding : p.investment;
  const raw = r === FAIL || base === null ? null : m === MATCH ? Math.floor(base) : Math.floor((base * 3) / 10);
  const amount = r === FAIL ? 0 : raw === null ? null : Math.min(raw, RULE.cap);
  return {
    measure: m,
    project: p,
    verdict: VERDICT[r],
    amount,
    evidence: 'reported',
    decisive: decisive(r, gateKept, k),
    conditions: m.conditions,
    missing: missingOf(gateKept, k),
    amountSteps:
      raw === null
        ? NONE
        : [
            { step: m === MATCH ? 'match' : 'rate', base, value: raw },
            { step: 'cap', cap: RULE.cap, before: raw, value: amount, binding: RULE.cap < raw },
          ],
    caveats: m.caveats,
    counted: false,
  };
}

/** @returns {import('./facts.js').Verdicts & { measures: unknown[], choices: unknown[], potentialTotal: number }} */
export function handDecided(facts) {
  const gateKept = new Kept();
  const gate = gateOf(facts.company, gateKept);
  const measures = [];
  const projects = new Array(facts.projects.length);
  let best = null;
  let potentialTotal = 0;
  for (let i = 0; i < facts.projects.length; i++) {
    const p = facts.projects[i];
    const index = p.id === null ? null : i;
    const subsidy = measure(SUBSIDY, gate, gateKept, p, index);
    const match = measure(MATCH, gate, gateKept, p, index);
    measures.push(subsidy, match);
    projects[i] = { id: p.id, subsidy, match };
  }
  // One project per applicant and the two measures as alternatives: the best single result counts.
  const open = [];
  for (const m of measures) {
    if (m.verdict === 'ineligible') continue;
    open.push(m);
    if (m.verdict === 'eligible' && m.amount !== null && (best === null || m.amount > best.amount)) best = m;
    if (m.amount !== null && m.amount > potentialTotal) potentialTotal = m.amount;
  }
  if (best !== null) best.counted = true;
  const maxTotal = best === null ? 0 : best.amount;
  const choices =
    open.length > 1 ? [{ group: GROUP, options: open.sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1)), chosen: best }] : NONE;
  return { projects, measures, choices, maxTotal, potentialTotal: Math.max(potentialTotal, maxTotal) };
}

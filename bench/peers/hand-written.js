/**
 * The digital-transformation rules as one plain function, as a developer would write them by hand:
 * three-valued (true, false, null for "cannot tell"), no traces, no reasons. The speed reference.
 *
 * As the 2022 rule file reads S5: the gate names business and tax registration in Putuo; the project
 * subsidy needs a digital-transformation project above CNY 500,000, not applied for jointly, and
 * either municipal funding (the exemption) or the period, stage and non-government conditions; the
 * municipal match needs a digital-transformation project with municipal funding, not joint, and
 * nothing else (no threshold, exempt from the period, stage and non-government conditions).
 */
import { RULE } from './facts.js';

/** Kleene `and`: false if any is false, else null if any is null, else true. */
function all(a, b, c = true, d = true, e = true) {
  if (a === false || b === false || c === false || d === false || e === false) return false;
  if (a === null || b === null || c === null || d === null || e === null) return null;
  return true;
}

/** Kleene `or`: true if any is true, else null if any is null, else false. */
function any(a, b) {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

const is = (value, wanted) => (value === null ? null : value === wanted);
const verdictOf = (x) => (x === true ? 'eligible' : x === false ? 'ineligible' : 'undetermined');

function within(start, end) {
  if ((start !== null && start > RULE.periodLast) || (end !== null && end < RULE.periodFirst)) return false;
  if (start === null || end === null) return null;
  return start >= RULE.periodFirst && end <= RULE.periodLast ? true : null; // partial overlap: unknown
}

/** @param {ReturnType<typeof import('./facts.js').plainFacts>} facts @returns {import('./facts.js').Verdicts} */
export function handWritten(facts) {
  const c = facts.company;
  const gate = all(
    is(c.business_district, 'putuo'),
    is(c.tax_district, 'putuo'),
    is(c.independent_legal_person, true),
    is(c.operating_status, 'normal'),
    is(c.credit, 'good'),
  );
  let maxTotal = 0;
  const projects = facts.projects.map((p) => {
    const digital = all(gate, is(p.type, 'digital-transformation'), is(p.joint_application, false));
    const funded = p.municipal_funding === null ? null : p.municipal_funding > 0;
    const stage = all(
      within(p.startFirst, p.endLast),
      p.status === null ? null : RULE.doneStatuses.includes(p.status),
      is(p.government_investment, false),
    );
    const subsidy = verdictOf(all(digital, p.investment === null ? null : p.investment > RULE.minInvestment, any(funded, stage)));
    const match = verdictOf(all(digital, funded));
    const subsidyAmount =
      subsidy === 'ineligible' ? 0 : p.investment === null ? null : Math.min(Math.floor((p.investment * 3) / 10), RULE.cap);
    const matchAmount =
      match === 'ineligible' ? 0 : p.municipal_funding === null ? null : Math.min(Math.floor(p.municipal_funding), RULE.cap);
    if (subsidy === 'eligible' && subsidyAmount > maxTotal) maxTotal = subsidyAmount;
    if (match === 'eligible' && matchAmount > maxTotal) maxTotal = matchAmount;
    return { id: p.id, subsidy: { verdict: subsidy, amount: subsidyAmount }, match: { verdict: match, amount: matchAmount } };
  });
  // One project per applicant and the two measures as alternatives: the best single pair counts.
  return { projects, maxTotal };
}

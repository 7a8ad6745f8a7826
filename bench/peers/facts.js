/**
 * What the four implementations are given and what they must return, so that they can be compared.
 *
 * In: the profile as our reader normalised it (districts to pinyin ids, money to integer yuan, dates to
 * their first and last day), flattened into plain JSON: the five gate facts of the company and, per
 * project, the eight facts the digital-transformation measures read. A missing fact is `null`. Dates
 * are integers `YYYYMMDD` (start: its first day, end: its last day), which every engine compares as
 * numbers. A profile without projects gets one placeholder project whose facts are all null, as our
 * engine evaluates a per-project measure once with every project fact missing. Reading and
 * normalising the text is therefore shared (ours) and outside what is compared and timed.
 *
 * Out (`Verdicts`): per project, in profile order, the verdict and maxAmount of `project-subsidy` and
 * of `municipal-match`, and the programme's maxTotal. Verdicts are eligible | ineligible |
 * undetermined; an amount is integer yuan, 0 when ineligible, null when its base is missing.
 */

/** @typedef {'eligible' | 'ineligible' | 'undetermined'} Verdict */
/** @typedef {{ verdict: Verdict, amount: number | null }} MeasureVerdict */
/** @typedef {{ projects: { id: string | null, subsidy: MeasureVerdict, match: MeasureVerdict }[], maxTotal: number }} Verdicts */

const day = (d) => (d === undefined ? null : Number(d.replaceAll('-', '')));
const orNull = (v) => (v === undefined ? null : v);

/** @param {{ company: Record<string, any>, projects: { id: string, facts: Record<string, any> }[] }} profile */
export function plainFacts(profile) {
  const c = profile.company;
  const projects = profile.projects.map((p) => ({
    id: p.id,
    type: orNull(p.facts.type),
    investment: orNull(p.facts.investment),
    startFirst: day(p.facts.start?.first),
    endLast: day(p.facts.end?.last),
    status: orNull(p.facts.status),
    joint_application: orNull(p.facts.joint_application),
    municipal_funding: orNull(p.facts.municipal_funding),
    government_investment: orNull(p.facts.government_investment),
  }));
  return {
    company: {
      business_district: orNull(c.business_district),
      tax_district: orNull(c.tax_district),
      independent_legal_person: orNull(c.independent_legal_person),
      operating_status: orNull(c.operating_status),
      credit: orNull(c.credit),
    },
    projects: projects.length > 0 ? projects : [NO_PROJECT],
  };
}

const NO_PROJECT = Object.freeze({
  id: null,
  type: null,
  investment: null,
  startFirst: null,
  endLast: null,
  status: null,
  joint_application: null,
  municipal_funding: null,
  government_investment: null,
});

/** The project period of the 2022 round, and the rule's constants, as the peers spell them. */
export const RULE = Object.freeze({
  periodFirst: 20210101,
  periodLast: 20220930,
  minInvestment: 500_000,
  cap: 2_000_000,
  doneStatuses: ['completed', 'accepted', 'trial-operation'],
  openStatuses: ['planned', 'in-progress'],
});

/** A stable text of a result, for comparing and for printing a disagreement. */
export function verdictKey(v) {
  const m = (x) => `${x.verdict}:${x.amount}`;
  return `${v.projects.map((p) => `${p.id}{${m(p.subsidy)} ${m(p.match)}}`).join(' ')} total=${v.maxTotal}`;
}

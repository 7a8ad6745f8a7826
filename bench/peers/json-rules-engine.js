/**
 * The digital-transformation rules for json-rules-engine. It has only true and false, so each measure is
 * two rules: one whose conditions all hold for certain (eligible), one with any condition failing for
 * certain (ineligible); when neither fires, the verdict is undetermined. A missing fact is null, which
 * every built-in operator reads as false, so "for certain" needs no extra guard except for `notEqual`.
 * Municipal funding exempts the project subsidy from the period, stage and non-government conditions:
 * that part holds when the project is funded or meets them, and fails when it is unfunded and fails one.
 * The engine runs once per project with the company's and that project's facts, as is usual with it;
 * amounts are dynamic facts, and the programme total is taken over the per-project results in JS.
 */
import { Engine } from 'json-rules-engine';
import { RULE } from './facts.js';

const fact = (name, operator, value) => ({ fact: name, operator, value });

/** `fact` is stated and is not `value` (a null is not stated: `notEqual` alone would read it as different). */
const statedNot = (name, value) => ({ all: [fact(name, 'notEqual', null), fact(name, 'notEqual', value)] });

const CONDITIONS = {
  gatePasses: {
    all: [
      fact('business_district', 'equal', 'putuo'),
      fact('tax_district', 'equal', 'putuo'),
      fact('independent_legal_person', 'equal', true),
      fact('operating_status', 'equal', 'normal'),
      fact('credit', 'equal', 'good'),
    ],
  },
  gateFails: {
    any: [
      statedNot('business_district', 'putuo'),
      statedNot('tax_district', 'putuo'),
      fact('independent_legal_person', 'equal', false),
      fact('operating_status', 'equal', 'abnormal'),
      fact('credit', 'equal', 'poor'),
    ],
  },
  // A digital-transformation project, not applied for jointly: both measures need it.
  digitalPasses: { all: [fact('type', 'equal', 'digital-transformation'), fact('joint_application', 'equal', false)] },
  digitalFails: { any: [fact('type', 'in', ['rd', 'completed']), fact('joint_application', 'equal', true)] },
  fundedPasses: { all: [fact('municipal_funding', 'greaterThan', 0)] },
  fundedFails: { all: [fact('municipal_funding', 'lessThanInclusive', 0)] },
  // The period, stage and non-government conditions, from which municipal funding exempts a project.
  stagePasses: {
    all: [
      fact('startFirst', 'greaterThanInclusive', RULE.periodFirst),
      fact('endLast', 'lessThanInclusive', RULE.periodLast),
      fact('status', 'in', RULE.doneStatuses),
      fact('government_investment', 'equal', false),
    ],
  },
  stageFails: {
    any: [
      fact('startFirst', 'greaterThan', RULE.periodLast),
      fact('endLast', 'lessThan', RULE.periodFirst),
      fact('status', 'in', RULE.openStatuses),
      fact('government_investment', 'equal', true),
    ],
  },
};

const ref = (name) => ({ condition: name });

const RULES = [
  {
    name: 'project-subsidy:eligible',
    conditions: {
      all: [
        ref('gatePasses'),
        ref('digitalPasses'),
        fact('investment', 'greaterThan', RULE.minInvestment),
        { any: [ref('fundedPasses'), ref('stagePasses')] },
      ],
    },
    event: { type: 'eligible', params: { measure: 'project-subsidy' } },
  },
  {
    name: 'project-subsidy:ineligible',
    conditions: {
      any: [
        ref('gateFails'),
        ref('digitalFails'),
        fact('investment', 'lessThanInclusive', RULE.minInvestment),
        { all: [ref('fundedFails'), ref('stageFails')] },
      ],
    },
    event: { type: 'ineligible', params: { measure: 'project-subsidy' } },
  },
  {
    name: 'municipal-match:eligible',
    conditions: { all: [ref('gatePasses'), ref('digitalPasses'), ref('fundedPasses')] },
    event: { type: 'eligible', params: { measure: 'municipal-match' } },
  },
  {
    name: 'municipal-match:ineligible',
    conditions: { any: [ref('gateFails'), ref('digitalFails'), ref('fundedFails')] },
    event: { type: 'ineligible', params: { measure: 'municipal-match' } },
  },
];

export function jsonRulesEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [name, condition] of Object.entries(CONDITIONS)) engine.setCondition(name, condition);
  for (const rule of RULES) engine.addRule(rule);
  engine.addFact('subsidyAmount', async (_params, almanac) => {
    const investment = await almanac.factValue('investment');
    return investment === null ? null : Math.min(Math.floor((investment * 3) / 10), RULE.cap);
  });
  engine.addFact('matchAmount', async (_params, almanac) => {
    const funding = await almanac.factValue('municipal_funding');
    return funding === null ? null : Math.min(Math.floor(funding), RULE.cap);
  });

  async function measureOf(events, almanac, measure, amountFact) {
    const fired = events.find((e) => e.params.measure === measure)?.type;
    const verdict = fired ?? 'undetermined';
    return { verdict, amount: verdict === 'ineligible' ? 0 : await almanac.factValue(amountFact) };
  }

  /** @returns {Promise<import('./facts.js').Verdicts>} */
  return async function evaluate(facts) {
    let maxTotal = 0;
    const projects = [];
    for (const p of facts.projects) {
      const { events, almanac } = await engine.run({ ...facts.company, ...p });
      const subsidy = await measureOf(events, almanac, 'project-subsidy', 'subsidyAmount');
      const match = await measureOf(events, almanac, 'municipal-match', 'matchAmount');
      for (const m of [subsidy, match]) if (m.verdict === 'eligible' && m.amount > maxTotal) maxTotal = m.amount;
      projects.push({ id: p.id, subsidy, match });
    }
    return { projects, maxTotal };
  };
}

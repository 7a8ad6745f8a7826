/**
 * Semantic checks of one rule file, each a small named function, so one run reports every problem.
 * The schema has already vouched for the shape.
 */
import type { Segment } from '../source/document.js';
import { type Check, type Finding, showPath as show } from './finding.js';
import type { RuleFile } from './schema.js';
import { allLeaves, leafFacts } from './walk.js';
import { spanOf } from './dates.js';
import { LEAF_CHECKS } from './lint-leaves.js';
import { conditionBudget } from './lint-budget.js';

const citationsDeclared: Check = (rule) => {
  const sources = new Set(rule.sources.map((s) => s.id));
  return citedPlaces(rule)
    .filter(({ cite }) => !sources.has(cite.split(/[\s§,]/)[0]!))
    .map(({ path, cite }) => ({ code: 'rules/unknown-source', path: [...path, 'cite'], args: { path: show(path), source: cite } }));
};

function citedPlaces(rule: RuleFile): { path: Segment[]; cite: string }[] {
  const places: { path: Segment[]; cite: string }[] = [
    { path: ['programme', 'issuer'], cite: rule.programme.issuer.cite },
    { path: ['effective'], cite: rule.effective.cite },
    ...allLeaves(rule).map(({ leaf, path }) => ({ path, cite: leaf.cite })),
    ...rule.windows.map((w, i) => ({ path: ['windows', i] as Segment[], cite: w.cite })),
    ...rule.periods.map((p, i) => ({ path: ['periods', i] as Segment[], cite: p.cite })),
    ...rule.measures.map((m, i) => ({ path: ['measures', i, 'amount'] as Segment[], cite: m.amount.cite })),
    ...rule.measures.flatMap((m, i) =>
      (m.documents ?? []).map((d, j) => ({ path: ['measures', i, 'documents', j] as Segment[], cite: d.cite })),
    ),
    ...(rule.documents ?? []).map((d, i) => ({ path: ['documents', i] as Segment[], cite: d.cite })),
    ...rule.stacking.groups.map((g, i) => ({ path: ['stacking', 'groups', i] as Segment[], cite: g.cite })),
    { path: ['stacking', 'companyCap'], cite: rule.stacking.companyCap.cite },
    { path: ['stacking', 'doubleFunding'], cite: rule.stacking.doubleFunding.cite },
    ...(rule.stacking.caveats ?? []).map((c, i) => ({ path: ['stacking', 'caveats', i] as Segment[], cite: c.cite })),
    ...(rule.caveats ?? []).map((c, i) => ({ path: ['caveats', i] as Segment[], cite: c.cite })),
  ];
  if (rule.programme.supersedes) places.push({ path: ['programme', 'supersedes'], cite: rule.programme.supersedes.cite });
  return places;
}

const factsDeclared: Check = (rule) => {
  const read = [
    ...allLeaves(rule).flatMap(({ leaf, path }) => leafFacts(leaf).map((fact) => ({ fact, path: [...path, 'fact'] }))),
    ...rule.measures.flatMap((m, i) => ('base' in m.amount ? [{ fact: m.amount.base, path: ['measures', i, 'amount', 'base'] }] : [])),
  ];
  return read
    .filter(({ fact }) => !(fact in rule.facts))
    .map(({ fact, path }) => ({ code: 'rules/undeclared-fact', path, args: { path: show(path), fact } }));
};

const idsUnique: Check = (rule) => {
  const lists: [string, Segment[], { id: string }[]][] = [
    ['measure', ['measures'], rule.measures],
    ['source', ['sources'], rule.sources],
    ['window', ['windows'], rule.windows],
    ['period', ['periods'], rule.periods],
    ['assumption', ['assumptions'], rule.assumptions ?? []],
    ['stacking group', ['stacking', 'groups'], rule.stacking.groups],
    ['caveat', ['caveats'], rule.caveats ?? []],
  ];
  return lists.flatMap(([kind, base, items]) =>
    items
      .map((item, i) => ({ item, i }))
      .filter(({ item, i }) => items.findIndex((other) => other.id === item.id) < i)
      .map(({ item, i }) => ({
        code: 'rules/duplicate-id' as const,
        path: [...base, i, 'id'],
        args: { path: show([...base, i]), kind, id: item.id },
      })),
  );
};

const periodsOrdered: Check = (rule) => {
  const spans: [Segment[], string | null, string | null][] = [
    [['effective'], rule.effective.from, rule.effective.to],
    ...rule.periods.map((p, i): [Segment[], string, string] => [['periods', i], p.from, p.to]),
    ...rule.windows.map((w, i): [Segment[], string | null, string | null] => [['windows', i], w.opens, w.closes]),
  ];
  return spans.flatMap(([path, from, to]): Finding[] => {
    const impossible = [from, to].filter((d): d is string => d !== null && !spanOf(d));
    if (impossible.length > 0)
      return impossible.map((d) => ({ code: 'rules/schema', path, args: { path: show(path), reason: `${d} is not a real date` } }));
    if (from === null || to === null || spanOf(to)!.last >= spanOf(from)!.first) return [];
    return [{ code: 'rules/bad-period', path, args: { path: show(path), from, to } }];
  });
};

const referencesResolve: Check = (rule) => {
  const periods = new Set(rule.periods.map((p) => p.id));
  const assumptions = new Set((rule.assumptions ?? []).map((a) => a.id));
  const measures = new Set(rule.measures.map((m) => m.id));
  const findings: Finding[] = [];
  for (const { leaf, path } of allLeaves(rule)) {
    if (leaf.op === 'within' && typeof leaf.value === 'string' && !periods.has(leaf.value)) {
      findings.push({ code: 'rules/unknown-ref', path: [...path, 'value'], args: { path: show(path), kind: 'period', id: leaf.value } });
    }
    for (const id of leaf.assumes ?? []) {
      if (!assumptions.has(id))
        findings.push({ code: 'rules/unknown-ref', path: [...path, 'assumes'], args: { path: show(path), kind: 'assumption', id } });
    }
  }
  for (const [i, g] of rule.stacking.groups.entries()) {
    for (const id of g.measures.filter((id) => !measures.has(id))) {
      findings.push({
        code: 'rules/unknown-ref',
        path: ['stacking', 'groups', i, 'measures'],
        args: { path: show(['stacking', 'groups', i]), kind: 'measure', id },
      });
    }
  }
  for (const [i, c] of (rule.caveats ?? []).entries()) {
    for (const id of (c.measures ?? []).filter((id) => !measures.has(id))) {
      findings.push({
        code: 'rules/unknown-ref',
        path: ['caveats', i, 'measures'],
        args: { path: show(['caveats', i]), kind: 'measure', id },
      });
    }
  }
  return findings;
};

/** Best-pair stacking is optimal only for disjoint groups, so a measure may stand in one group at most. */
const groupsDisjoint: Check = (rule) => {
  const seen = new Map<string, string>();
  return rule.stacking.groups.flatMap((g, i) =>
    g.measures.flatMap((id): Finding[] => {
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, g.id);
        return [];
      }
      return [
        {
          code: 'rules/stacking-overlap',
          path: ['stacking', 'groups', i, 'measures'],
          args: { path: show(['stacking', 'groups', i]), measure: id, first, second: g.id },
        },
      ];
    }),
  );
};

/** An amount is computed from a number: its base must be a money or number fact. */
const amountBasesNumeric: Check = (rule) =>
  rule.measures.flatMap((m, i): Finding[] => {
    if (!('base' in m.amount)) return [];
    const type = rule.facts[m.amount.base]?.type;
    if (type === undefined || type === 'money' || type === 'number') return [];
    return [
      {
        code: 'rules/bad-amount',
        path: ['measures', i, 'amount', 'base'],
        args: { path: show(['measures', i, 'amount']), fact: m.amount.base, type },
      },
    ];
  });

const RULE_CHECKS: readonly Check[] = [
  citationsDeclared,
  factsDeclared,
  idsUnique,
  periodsOrdered,
  referencesResolve,
  groupsDisjoint,
  amountBasesNumeric,
  ...LEAF_CHECKS,
];

export function lintRule(rule: RuleFile, extra: readonly Check[] = []): Finding[] {
  // Over the condition budget, the other checks would walk every expanded copy: stop at that finding.
  const overBudget = conditionBudget(rule);
  if (overBudget.length > 0) return overBudget;
  return [...RULE_CHECKS, ...extra].flatMap((check) => check(rule));
}

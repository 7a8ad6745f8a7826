/** A measure's condition tree for `explain`: the rule's all/any/not structure, each leaf with value, requirement and citation. */
import type { ConditionNode as EngineNode } from '../../engine/trace.js';
import type { LeafTrace, MeasureResult } from '../../engine/types.js';
import type { FactType } from '../../rules/enums.js';
import type { RuleFile } from '../../rules/schema.js';
import type { Lang } from '../../text/lang.js';
import { factInSentence } from '../../text/fact-name.js';
import { plainActual } from '../reasons.js';
import { requirement } from '../requirement.js';
import { formatDate, showValue } from '../../text/show.js';
import type { ConditionNode } from '../../contracts/explain.js';
import { say } from '../../text/messages.js';

export function conditionsExplain(m: MeasureResult, rule: RuleFile, lang: Lang): { gate: ConditionNode; measure: ConditionNode | null } {
  const tree = m.tree;
  if (!tree) throw new Error(`explaining ${m.measure.id} needs an evaluation with detail`);
  return { gate: node(tree.gate, rule, lang), measure: tree.when ? node(tree.when, rule, lang) : null };
}

function node(n: EngineNode, rule: RuleFile, lang: Lang): ConditionNode {
  if (n.kind !== 'leaf') return { kind: n.kind, result: n.result, children: n.children.map((c) => node(c, rule, lang)) };
  const { leaf } = n.trace;
  return {
    kind: 'leaf',
    result: n.result,
    label: say(leaf.label, lang),
    fact: leaf.fact === undefined ? null : typeof leaf.fact === 'string' ? leaf.fact : leaf.fact.join('..'),
    actual: plainActual(n.trace.actual),
    shown: shown(n.trace.actual, typeof leaf.fact === 'string' ? rule.facts[leaf.fact]?.type : undefined, lang),
    expected: requirement(leaf, rule, lang),
    cite: leaf.cite,
    source: sourceTitle(rule, leaf.cite),
    evidence: leaf.evidence,
    assumes: [...(leaf.assumes ?? [])],
    missing: n.trace.missing,
    missingNames: n.trace.missing.map((p) => say((l) => factInSentence(p, rule, l), lang)),
  };
}

function shown(value: LeafTrace['actual'], type: FactType | undefined, lang: Lang): string {
  const one = (l: 'en' | 'zh') => {
    const plain = plainActual(value);
    // A period is read as `start..end`, each side a date or `?`.
    if (type === undefined && typeof plain === 'string' && plain.includes('..'))
      return plain
        .split('..')
        .map((d) => (d === '?' ? '?' : formatDate(d, l)))
        .join(' – ');
    return showValue(plain, type, l);
  };
  return say(one, lang);
}

/** `S1 §2` cites source `S1`. */
function sourceTitle(rule: RuleFile, cite: string): string | null {
  const id = /^[A-Z][A-Z0-9]*/.exec(cite)?.[0];
  return rule.sources.find((s) => s.id === id)?.title ?? null;
}

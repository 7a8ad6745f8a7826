/** What-it-takes (engine data) as the report gives it: each change with its sentence, and a one-line summary. */
import type { Change, ToQualify } from '../engine/changes.js';
import type { StructuralFact } from '../engine/structural.js';
import type { Leaf, RuleFile } from '../rules/schema.js';
import type { ChangeReport, ToQualifyReport } from '../contracts/report-advice.js';
import { type Lang } from '../text/lang.js';
import { say, type Message, type TextArgs } from '../text/messages.js';
import { plainActual } from './reasons.js';
import { requirement } from './requirement.js';
import { factName } from '../text/fact-name.js';
import { formatDate, showValue } from '../text/show.js';
import { CHANGE_TEXT, QUALIFY_TEXT, SHORT_TEXT, STEP_TEXT, STRUCTURAL_TEXT } from '../text/catalogues/to-qualify.js';

type L = 'en' | 'zh';

export function toQualifyReport(t: ToQualify, rule: RuleFile, lang: Lang): ToQualifyReport {
  // Each change's words serve its message and the summary: work them out once per language.
  const cache = new Map<Change, Partial<Record<L, TextArgs>>>();
  const wordsOf = (c: Change, l: L): TextArgs => {
    const entry = cache.get(c) ?? {};
    cache.set(c, entry);
    return (entry[l] ??= words(c, rule, l));
  };
  const dependsOnZh = t.dependsOn === null ? null : factName(t.dependsOn, rule, 'zh');
  return {
    status: t.status,
    changes: t.changes.map((c) => changeReport(c, rule, lang, wordsOf)),
    blockers: t.blockers.map((leaf) => ({ label: say(leaf.label, lang), cite: leaf.cite, message: say(CHANGE_TEXT.blocker, lang, (l) => ({ label: leaf.label[l], cite: leaf.cite })) })),
    unlocks: t.unlocks,
    upTo: t.upTo,
    summary: summary({ ...t, dependsOnZh }, lang, wordsOf),
    dependsOn: t.dependsOn,
    dependsOnZh,
  };
}

type WordsOf = (c: Change, l: L) => TextArgs;

function changeReport(c: Change, rule: RuleFile, lang: Lang, wordsOf: WordsOf): ChangeReport {
  const message = say(CHANGE_TEXT[messageKey(c, rule)], lang, (l) => wordsOf(c, l));
  switch (c.kind) {
    case 'ask':
      return { kind: c.kind, fact: c.fact, message, question: questionOf(c, rule, lang), expected: requirement(c.leaf!, rule, lang) };
    case 'threshold':
      return { kind: c.kind, fact: c.fact, message, actual: c.actual, target: c.target, delta: c.delta };
    case 'shift':
      return { kind: c.kind, fact: c.fact, message, actual: c.actual.text, target: c.target.text, unit: c.unit, by: c.by };
    case 'set':
    case 'structural':
      return { kind: c.kind, fact: c.fact, message, actual: plainActual(c.actual), target: plainActual(c.target) };
    case 'review':
      return { kind: c.kind, fact: c.fact, message, actual: plainActual(c.actual), expected: requirement(c.leaf!, rule, lang) };
    case 'add-project':
      return { kind: c.kind, fact: c.fact, message };
  }
}

function messageKey(c: Change, rule: RuleFile): keyof typeof CHANGE_TEXT {
  if (c.kind === 'review' && rule.facts[c.ruleFact]?.type === 'boolean') return 'review-boolean';
  return c.kind === 'threshold' ? (`threshold-${c.leaf!.op}` as keyof typeof CHANGE_TEXT) : c.kind;
}

/**
 * Every argument any message of a change may use, rendered in one language. Built as literals rather
 * than `{ ...base, x }`, which V8 makes slowly; `check` renders one per change.
 */
function words(c: Change, rule: RuleFile, l: L): TextArgs {
  const declared = rule.facts[c.ruleFact];
  const type = declared?.type;
  const label = declared?.label[l] ?? c.fact;
  // Chinese names the fact by its label: a client reads no paths.
  const fact = l === 'zh' ? `“${label}”` : c.fact;
  switch (c.kind) {
    case 'ask':
      return { fact, label, question: declared?.question[l] ?? c.fact, expected: requirement(c.leaf!, rule, l) };
    case 'threshold': {
      const required = c.leaf!.op === 'between' ? requirement(c.leaf!, rule, l) : showValue(c.leaf!.value as number, type, l);
      const step = say(STEP_TEXT[c.delta >= 0 ? 'raise' : 'lower'], l, { delta: showValue(Math.abs(c.delta), type, l) });
      return { fact, label, actual: showValue(c.actual, type, l), target: showValue(c.target, type, l), required, step };
    }
    case 'shift': {
      const shift = say(STEP_TEXT[`${c.by >= 0 ? 'later' : 'earlier'}-${c.unit}`], l, { n: Math.abs(c.by) });
      const period = rule.periods.find((p) => p.id === c.leaf!.value)?.label[l] ?? String(c.leaf!.value);
      return { fact, label, actual: formatDate(c.actual.text, l), target: formatDate(c.target.text, l), shift, period };
    }
    case 'set':
    case 'structural': {
      const target = c.leaf!.op === 'in' && type !== 'list' ? requirement(c.leaf!, rule, l) : showValue(c.target as string, type, l);
      const args: TextArgs = { fact, label, actual: showValue(c.actual as string, type, l), target, required: requiredList(c.leaf!, type, l) };
      if (c.kind === 'structural') args.phrase = say(STRUCTURAL_TEXT[c.ruleFact as StructuralFact], l, args);
      return args;
    }
    case 'review':
      return { fact, label, actual: showValue(c.actual as string, type, l), expected: requirement(c.leaf!, rule, l), target: showValue(c.leaf!.value as string, type, l) };
    case 'add-project':
      return { fact, label };
  }
}

function questionOf(c: Change, rule: RuleFile, lang: Lang): string {
  const declared = rule.facts[c.ruleFact];
  return declared ? say(declared.question, lang) : c.fact;
}

function requiredList(leaf: Leaf, type: Parameters<typeof showValue>[1], l: L): string {
  const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
  return values.map((v) => showValue(v as string, type, l)).join(l === 'en' ? ', ' : '、');
}

function summary(t: ToQualify & Named, lang: Lang, wordsOf: WordsOf): string {
  if (t.status === 'blocked') {
    if (t.blockers.length === 0) return say(QUALIFY_TEXT['no-change'], lang);
    return say(QUALIFY_TEXT.blocked, lang, (l) => ({ reasons: t.blockers.map((b) => SHORT_TEXT.blocker[l]({ cite: b.cite })).join(l === 'en' ? '; ' : '；') }));
  }
  return say(QUALIFY_TEXT.summary, lang, (l) => ({
    changes: t.changes.map((c) => say(SHORT_TEXT[c.kind] as Message, l, wordsOf(c, l))).join(l === 'en' ? '; ' : '；'),
    outcome: outcome(t, l),
  }));
}

/** What the changes would unlock, in words: `unlocks 150,000 (up to 2,000,000 with more)`. */
/** The fact an amount depends on, with its Chinese label where the report has it. */
type Named = { dependsOnZh?: string | null };

export function unlockText(t: Pick<ToQualify, 'unlocks' | 'upTo' | 'dependsOn'> & Named, lang: Lang): string {
  return say((l) => outcome(t, l), lang);
}

function outcome(t: Pick<ToQualify, 'unlocks' | 'upTo' | 'dependsOn'> & Named, l: L): string {
  const money = (yuan: number) => showValue(yuan, 'money', l);
  if (t.unlocks === null && t.dependsOn !== null) {
    const fact = l === 'zh' && t.dependsOnZh ? `“${t.dependsOnZh}”` : t.dependsOn;
    return t.upTo === null ? say(QUALIFY_TEXT['depends-on-uncapped'], l, { fact }) : say(QUALIFY_TEXT['depends-on'], l, { upTo: money(t.upTo), fact });
  }
  if (t.unlocks === null) return t.upTo === null ? say(QUALIFY_TEXT.unpublished, l) : say(QUALIFY_TEXT['depends-on-answer'], l, { upTo: money(t.upTo) });
  if (t.upTo !== null && t.upTo !== t.unlocks) return say(QUALIFY_TEXT['unlocks-more'], l, { unlocks: money(t.unlocks), upTo: money(t.upTo) });
  return say(QUALIFY_TEXT.unlocks, l, { unlocks: money(t.unlocks) });
}

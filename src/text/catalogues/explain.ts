/** The words of `explain`: its layout, the amount computation, the stacking decision and the assumptions every rule set shares. */
import type { Message } from '../messages.js';

export const EXPLAIN_TEXT = {
  'as-of': { en: (a) => `As of ${a.asOf}`, zh: (a) => `评估日期 ${a.asOf}` },
  'one-measure': { en: (a) => `measure ${a.measure}`, zh: (a) => `措施 ${a.measure}` },
  invalid: { en: (a) => `invalid profile (${a.errors} error(s)): not evaluated`, zh: (a) => `档案无效（${a.errors} 处错误）：未评估` },
  window: { en: (a) => `Application window: ${a.label} — ${a.phrase}`, zh: (a) => `申报窗口：${a.label}——${a.phrase}` },
  superseded: { en: (a) => `Superseded by ${a.successor}: not counted in the company total`, zh: (a) => `已由 ${a.successor} 接续：不计入企业合计` },
  sources: { en: () => 'Sources:', zh: () => '来源：' },
  verdict: { en: (a) => `${a.verdict} · evidence: ${a.evidence}`, zh: (a) => `${a.verdict} · 证据：${a.evidence}` },
  eligible: { en: () => 'eligible', zh: () => '符合' },
  ineligible: { en: () => 'ineligible', zh: () => '不符合' },
  undetermined: { en: () => 'undetermined', zh: () => '待定' },
  conditions: { en: () => 'Conditions:', zh: () => '条件：' },
  gate: { en: (a) => `${a.node} — applicant gate (every measure):`, zh: (a) => `${a.node}——申报主体条件（所有措施）：` },
  own: { en: (a) => `${a.node} — this measure:`, zh: (a) => `${a.node}——本措施条件：` },
  group: { en: (a) => `${a.node}:`, zh: (a) => `${a.node}：` },
  all: { en: () => 'all of', zh: () => '全部满足' },
  any: { en: () => 'any of', zh: () => '满足其一' },
  not: { en: () => 'not', zh: () => '不满足' },
  leaf: { en: (a) => `${a.label}: ${a.actual} — required ${a.expected} [${a.cite}, ${a.evidence}${a.assumes}]`, zh: (a) => `${a.label}：${a.actual}——要求 ${a.expected}［${a.cite}，${a.evidence}${a.assumes}］` },
  'leaf-missing': { en: (a) => `${a.label}: missing ${a.missing} — required ${a.expected} [${a.cite}, ${a.evidence}]`, zh: (a) => `${a.label}：缺少 ${a.missing}——要求 ${a.expected}［${a.cite}，${a.evidence}］` },
  'leaf-unpublished': { en: (a) => `${a.label}: not published [${a.cite}, ${a.evidence}]`, zh: (a) => `${a.label}：未公布［${a.cite}，${a.evidence}］` },
  assumes: { en: (a) => `; assumes ${a.ids}`, zh: (a) => `；假设 ${a.ids}` },
  amount: { en: (a) => `Amount: ${a.rule} [${a.cite}, ${a.evidence}]`, zh: (a) => `金额：${a.rule}［${a.cite}，${a.evidence}］` },
  'amount-note': { en: (a) => `${a.text} — ${a.note}`, zh: (a) => `${a.text}——${a.note}` },
  'to-qualify': { en: (a) => `What it would take (${a.outcome}):`, zh: (a) => `如何符合条件（${a.outcome}）：` },
  blocked: { en: () => 'What it would take: nothing in the profile can unlock it', zh: () => '如何符合条件：修改档案无法使其符合条件' },
  'not-counted': { en: () => 'eligible, but not counted: another pair of its stacking group is larger', zh: () => '符合条件，但未计入：同一分组中另有金额更高的一项' },
  notes: { en: () => 'Notes:', zh: () => '说明：' },
  stacking: { en: () => 'Stacking:', zh: () => '叠加规则：' },
  assumptions: { en: () => 'Assumptions of the rules:', zh: () => '规则中的假设：' },
  'used-by': { en: (a) => `used by ${a.measures}`, zh: (a) => `适用于 ${a.measures}` },
  'not-used': { en: () => 'not used here', zh: () => '本档案未涉及' },
  caveats: { en: () => 'Caveats:', zh: () => '提示：' },
  ranking: { en: () => 'What it would take, ranked by what it would unlock:', zh: () => '如何符合条件（按可获金额排序）：' },
  ranked: { en: (a) => `${a.measure}: ${a.summary}`, zh: (a) => `${a.measure}：${a.summary}` },
  'ranking-history': { en: () => 'What it would take: nothing to advise — no round shown can still be applied to.', zh: () => '如何符合条件：无可建议事项——所示批次均已无法申报。' },
  'ranking-none': { en: () => 'What it would take: every measure shown is eligible.', zh: () => '如何符合条件：所示措施均已符合。' },
  'tool-assumes': { en: () => 'The tool assumes:', zh: () => '本工具的假设：' },
  total: { en: (a) => `Company total: at most ${a.total}`, zh: (a) => `企业合计：最多 ${a.total}` },
  'total-none-open': { en: () => 'Company total: 0 — no round is open or upcoming on this date (see above)', zh: () => '企业合计：0——评估日期没有正在受理或即将受理的批次（见上文）' },
} satisfies Record<string, Message>;

export const AMOUNT_TEXT = {
  ineligible: { en: () => 'none: the measure is not eligible', zh: () => '无：措施不符合条件' },
  unpublished: { en: () => 'not published', zh: () => '未公布' },
  'missing-base': { en: (a) => `not known: ${a.fact} is missing`, zh: (a) => `未知：缺少${a.fact}` },
  fixed: { en: (a) => `${a.value}`, zh: (a) => `${a.value}` },
  rate: { en: (a) => `${a.rate} × ${a.base} = ${a.value}`, zh: (a) => `${a.rate} × ${a.base} = ${a.value}` },
  match: { en: (a) => `1:1 × ${a.base} = ${a.value}`, zh: (a) => `1:1 × ${a.base} = ${a.value}` },
  'per-unit': { en: (a) => `${a.units} × ${a.perUnit} = ${a.value}`, zh: (a) => `${a.units} × ${a.perUnit} = ${a.value}` },
  tier: { en: (a) => `${a.base} reaches the tier from ${a.min}: ${a.value}`, zh: (a) => `${a.base} 达到 ${a.min} 档：${a.value}` },
  cap: { en: (a) => `min(${a.inner}; cap ${a.cap}) = ${a.value} — binding: ${a.binding}`, zh: (a) => `取较小值（${a.inner}；上限 ${a.cap}）= ${a.value}——起决定作用：${a.binding}` },
  plain: { en: (a) => `${a.inner} — binding: ${a.binding}`, zh: (a) => `${a.inner}——起决定作用：${a.binding}` },
  'rule-fixed': { en: (a) => `up to ${a.value}`, zh: (a) => `最高 ${a.value}` },
  'rule-rate': { en: (a) => `${a.rate} of ${a.base}`, zh: (a) => `${a.base}的 ${a.rate}` },
  'rule-match': { en: (a) => `1:1 of ${a.base}`, zh: (a) => `按${a.base} 1:1 配套` },
  'rule-per-unit': { en: (a) => `${a.perUnit} per unit of ${a.base}`, zh: (a) => `按${a.base}每单位 ${a.perUnit}` },
  'rule-tiers': { en: (a) => `by tiers of ${a.base}`, zh: (a) => `按${a.base}分档` },
  'rule-unpublished': { en: () => 'not published', zh: () => '未公布' },
  rule: { en: (a) => `${a.rule}`, zh: (a) => `${a.rule}` },
  'rule-cap': { en: (a) => `${a.rule}, at most ${a.cap}${a.scope}`, zh: (a) => `${a.rule}，最高 ${a.cap}${a.scope}` },
} satisfies Record<string, Message>;

/** What decides an amount, and what a cap bounds. */
export const BINDING_TEXT = {
  cap: { en: () => 'cap', zh: () => '上限' },
  fixed: { en: () => 'fixed amount', zh: () => '定额' },
  rate: { en: () => 'rate', zh: () => '比例' },
  match: { en: () => 'match', zh: () => '配套额' },
  'per-unit': { en: () => 'per-unit amount', zh: () => '单价' },
  tier: { en: () => 'tier', zh: () => '档位' },
  'scope-award': { en: () => ' per award', zh: () => '（每项奖励）' },
  'scope-project': { en: () => ' per project', zh: () => '（每个项目）' },
  'scope-company': { en: () => ' per company', zh: () => '（每家企业）' },
  'scope-unknown': { en: () => ' (per what is not stated)', zh: () => '（适用范围未说明）' },
} satisfies Record<string, Message>;

export const STACKING_TEXT = {
  group: {
    en: (a) => `${a.label}: one pair counts, the largest: ${a.chosen} at ${a.amount}, ahead of ${a.others} (${a.evidence}, ${a.cite})`,
    zh: (a) => `${a.label}：只计一项，取最大者：${a.chosen}，${a.amount}，高于 ${a.others}（${a.evidence}，${a.cite}）`,
  },
  'group-one': { en: (a) => `${a.label}: one pair counts: ${a.chosen} at ${a.amount}, the only one eligible with an amount (${a.evidence}, ${a.cite})`, zh: (a) => `${a.label}：只计一项：${a.chosen}，${a.amount}，为唯一符合条件且有金额的一项（${a.evidence}，${a.cite}）` },
  'group-none': { en: (a) => `${a.label}: no eligible pair with a published amount`, zh: (a) => `${a.label}：没有符合条件且公布金额的一项` },
  added: { en: (a) => `${a.pair}: ${a.amount}, added — no group limits it`, zh: (a) => `${a.pair}：${a.amount}，计入合计——不受任何分组限制` },
  unpriced: { en: (a) => `${a.pair}: eligible, but its amount is not published — not in the total`, zh: (a) => `${a.pair}：符合条件，但金额未公布——未计入合计` },
  undetermined: { en: (a) => `${a.pair}: undetermined — not in the total until settled`, zh: (a) => `${a.pair}：待定——确认前不计入合计` },
  'cap-applied': { en: (a) => `company cap: the sum ${a.before} is capped at ${a.cap}`, zh: (a) => `企业上限：合计 ${a.before} 以 ${a.cap} 为限` },
  'cap-not-reached': { en: (a) => `company cap ${a.cap}: not reached`, zh: (a) => `企业上限 ${a.cap}：未达到` },
  'cap-unknown': { en: (a) => `${a.label} No cap is applied (${a.cite}).`, zh: (a) => `${a.label}未设上限（${a.cite}）。` },
  total: { en: (a) => `programme total: ${a.total}`, zh: (a) => `本政策合计：${a.total}` },
  'why-groups': {
    en: () => 'Why this is the most: a group pays one pair, so no choice beats its largest; everything else eligible with an amount adds up, and nothing else limits the sum.',
    zh: () => '为何这是最高额：每个分组只计一项，任何选择都不会超过其中最大者；其他符合条件且有金额的措施全部计入，合计不受其他限制。',
  },
  'why-sum': {
    en: () => 'Why this is the most: no stacking group limits these measures, so every eligible amount adds up.',
    zh: () => '为何这是最高额：没有分组限制这些措施，所有符合条件的金额均计入合计。',
  },
  nothing: { en: () => 'No measure is eligible with a published amount: the total is 0.', zh: () => '没有符合条件且公布金额的措施：合计为 0。' },
  superseded: { en: (a) => `superseded by ${a.successor}: not counted in the company total`, zh: (a) => `已由 ${a.successor} 接续：不计入企业合计` },
} satisfies Record<string, Message>;

/** What the tool assumes whatever the rules say. */
export const GENERAL_ASSUMPTIONS = {
  'up-to': {
    en: () => 'Amounts are ceilings: the most the rule allows ("up to"); the amount paid is decided after expert review.',
    zh: () => '金额均为上限：规则允许的最高额（“最高”）；实际金额经专家评审后确定。',
  },
  'missing-is-unknown': {
    en: () => 'A fact missing from the profile is unknown, never false or zero: a measure that needs it is undetermined.',
    zh: () => '档案中缺少的事实视为未知，绝不视为“否”或零：需要该事实的措施为待定。',
  },
  'unpublished-never-assumed': {
    en: () => 'A rule the guideline does not publish is never assumed: it leaves the measure undetermined, or its amount not published.',
    zh: () => '指南未公布的规则绝不臆测：相关措施为待定，或其金额为未公布。',
  },
} satisfies Record<string, Message>;

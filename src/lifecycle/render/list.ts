/**
 * `rules list`: every programme version with its dates, windows, supersession, measure count,
 * evidence summary and sha256 — as text, or as JSON (`subsidy-check/rules-list@1`).
 */
import { RULES_LIST_SCHEMA, type RulesList, type VersionListed } from '../../contracts/rules-list.js';
import { EVIDENCE_LEVELS } from '../../rules/enums.js';
import type { EvidenceCounts, VersionSummary } from '../summary.js';
import { pick, type Lang } from '../../text/lang.js';
import { evidenceWord, range, t, text } from './words.js';

export interface ListInput {
  asOf: string;
  versions: VersionSummary[];
  lang: Lang;
}

function counts(c: EvidenceCounts, lang: Lang): string {
  return EVIDENCE_LEVELS.map((level) => `${c[level]} ${evidenceWord(level, lang)}`).join(' · ');
}

function block(v: VersionSummary, lang: Lang): string[] {
  const inForce = v.inForce ? t(lang, '  ← answers for the as-of date', '  ← 适用于评估日期') : '';
  const windows = v.windows.length ? v.windows.map((w) => `${text(w.label, lang)} ${range(w.opens, w.closes, lang)}`).join('; ') : t(lang, 'none published', '未公布');
  const lines = [
    `${v.programme}@${v.version}  ${v.status}  ${v.document}${inForce}`,
    `  ${text(v.title, lang)}`,
    `  ${t(lang, 'effective', '生效期')}: ${range(v.effective.from, v.effective.to, lang)}`,
    `  ${t(lang, 'windows', '申报窗口')}: ${windows}`,
  ];
  if (v.supersedes) lines.push(`  ${t(lang, 'succeeds', '接续')}: ${v.supersedes.programme} (${evidenceWord(v.supersedes.evidence, lang)})`);
  if (v.supersededBy.length) lines.push(`  ${t(lang, 'succeeded by', '后续')}: ${v.supersededBy.join(', ')}`);
  lines.push(
    `  ${t(lang, 'measures', '措施')}: ${v.measures}`,
    `  ${t(lang, 'conditions', '条件')}: ${counts(v.evidence.conditions, lang)}`,
    `  ${t(lang, 'amounts', '金额')}: ${counts(v.evidence.amounts, lang)}`,
    `  ${v.file}  sha256 ${v.sha256}`,
  );
  return lines;
}

export function formatListText(input: ListInput): string {
  const head = t(input.lang, `As of ${input.asOf}: ${input.versions.length} programme version(s)`, `评估日期 ${input.asOf}：共 ${input.versions.length} 个政策版本`);
  return `${[head, ...input.versions.flatMap((v) => ['', ...block(v, input.lang)])].join('\n')}\n`;
}

/** Field by field: the document is the contract, not whatever the summary holds. */
function listed(v: VersionSummary, lang: Lang): VersionListed {
  return {
    programme: v.programme,
    version: v.version,
    title: pick(v.title, lang),
    document: v.document,
    status: v.status,
    effective: { from: v.effective.from, to: v.effective.to },
    windows: v.windows.map((w) => ({ id: w.id, label: pick(w.label, lang), opens: w.opens, closes: w.closes })),
    supersedes: v.supersedes ? { programme: v.supersedes.programme, evidence: v.supersedes.evidence } : null,
    supersededBy: [...v.supersededBy],
    inForce: v.inForce,
    measures: v.measures,
    evidence: { conditions: evidenceCounts(v.evidence.conditions), amounts: evidenceCounts(v.evidence.amounts) },
    file: v.file,
    sha256: v.sha256,
  };
}

const evidenceCounts = (c: EvidenceCounts) => ({ stated: c.stated, reported: c.reported, inferred: c.inferred, unknown: c.unknown });

export function formatListJson(input: ListInput): string {
  const document: RulesList = { schema: RULES_LIST_SCHEMA, asOf: input.asOf, programmes: input.versions.map((v) => listed(v, input.lang)) };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export { LIST_FORMATS, type ListFormat } from './format-names.js';
import type { ListFormat } from './format-names.js';
export const LIST_FORMATTERS = { table: formatListText, json: formatListJson } satisfies Record<ListFormat, (input: ListInput) => string>;

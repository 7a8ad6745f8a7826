/**
 * `rules list`: every programme version with its dates, windows, supersession, measure count,
 * evidence summary and sha256 — as text, or as JSON (`subsidy-check/rules-list@1`).
 */
import { EVIDENCE_LEVELS } from '../../rules/enums.js';
import type { EvidenceCounts, VersionSummary } from '../summary.js';
import { pick, type Lang } from '../../text/lang.js';
import { evidenceWord, range, t, text } from './words.js';

export const LIST_SCHEMA = 'subsidy-check/rules-list@1';

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

export function formatListJson(input: ListInput): string {
  const programmes = input.versions.map((v) => ({
    ...v,
    title: pick(v.title, input.lang),
    windows: v.windows.map((w) => ({ ...w, label: pick(w.label, input.lang) })),
  }));
  return `${JSON.stringify({ schema: LIST_SCHEMA, asOf: input.asOf, programmes }, null, 2)}\n`;
}

export { LIST_FORMATS, type ListFormat } from './format-names.js';
import type { ListFormat } from './format-names.js';
export const LIST_FORMATTERS = { table: formatListText, json: formatListJson } satisfies Record<ListFormat, (input: ListInput) => string>;

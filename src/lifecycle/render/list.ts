/**
 * `rules list`: every programme version with its dates, windows, supersession, measure count,
 * evidence summary and sha256 — as text, or as JSON (`subsidy-check/rules-list@1`).
 */
import { EVIDENCE_LEVELS } from '../../rules/enums.js';
import type { EvidenceCounts, VersionSummary } from '../summary.js';
import { type Lang } from '../../text/lang.js';
import { evidenceWord, range, text } from './words.js';

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
  const inForce = v.inForce ? say(RULES_TEXT['in-force'], once(lang)) : '';
  const windows = v.windows.length ? v.windows.map((w) => `${text(w.label, lang)} ${range(w.opens, w.closes, lang)}`).join('; ') : say(RULES_TEXT['none-published'], once(lang));
  const lines = [
    `${v.programme}@${v.version}  ${v.status}  ${v.document}${inForce}`,
    `  ${text(v.title, lang)}`,
    `  ${say(RULES_TEXT.effective, once(lang))}: ${range(v.effective.from, v.effective.to, lang)}`,
    `  ${say(RULES_TEXT.windows, once(lang))}: ${windows}`,
  ];
  if (v.supersedes) lines.push(`  ${say(RULES_TEXT.succeeds, once(lang))}: ${v.supersedes.programme} (${evidenceWord(v.supersedes.evidence, lang)})`);
  if (v.supersededBy.length) lines.push(`  ${say(RULES_TEXT['succeeded-by'], once(lang))}: ${v.supersededBy.join(', ')}`);
  lines.push(
    `  ${say(RULES_TEXT.measures, once(lang))}: ${v.measures}`,
    `  ${say(RULES_TEXT.conditions, once(lang))}: ${counts(v.evidence.conditions, lang)}`,
    `  ${say(RULES_TEXT.amounts, once(lang))}: ${counts(v.evidence.amounts, lang)}`,
    `  ${v.file}  sha256 ${v.sha256}`,
  );
  return lines;
}

export function formatListText(input: ListInput): string {
  const head = say(RULES_TEXT['as-of-programme-version'], once(input.lang), { asOf: input.asOf, versionCount: input.versions.length });
  return `${[head, ...input.versions.flatMap((v) => ['', ...block(v, input.lang)])].join('\n')}\n`;
}

export function formatListJson(input: ListInput): string {
  const programmes = input.versions.map((v) => ({
    ...v,
    title: say(v.title, input.lang),
    windows: v.windows.map((w) => ({ ...w, label: say(w.label, input.lang) })),
  }));
  return `${JSON.stringify({ schema: LIST_SCHEMA, asOf: input.asOf, programmes }, null, 2)}\n`;
}

export { LIST_FORMATS, type ListFormat } from './format-names.js';
import type { ListFormat } from './format-names.js';
import { once, say } from '../../text/messages.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';
export const LIST_FORMATTERS = { table: formatListText, json: formatListJson } satisfies Record<ListFormat, (input: ListInput) => string>;

/**
 * `rules list`: every programme version with its dates, windows, supersession, measure count,
 * evidence summary and sha256 — as text, or as JSON (`subsidy-check/rules-list@1`).
 */
import { RULES_LIST_SCHEMA, type RulesList, type VersionListed } from '../../contracts/rules-list.js';
import { EVIDENCE_LEVELS } from '../../rules/enums.js';
import type { EvidenceCounts, VersionSummary } from '../summary.js';
import { type Lang } from '../../text/lang.js';
import { evidenceWord, range, text } from './words.js';

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

/** Field by field: the document is the contract, not whatever the summary holds. */
function listed(v: VersionSummary, lang: Lang): VersionListed {
  return {
    programme: v.programme,
    version: v.version,
    title: text(v.title, lang),
    document: v.document,
    status: v.status,
    effective: { from: v.effective.from, to: v.effective.to },
    windows: v.windows.map((w) => ({ id: w.id, label: text(w.label, lang), opens: w.opens, closes: w.closes })),
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
import { once, say } from '../../text/messages.js';
import { RULES_TEXT } from '../../text/catalogues/rules.js';
export const LIST_FORMATTERS = { table: formatListText, json: formatListJson } satisfies Record<ListFormat, (input: ListInput) => string>;

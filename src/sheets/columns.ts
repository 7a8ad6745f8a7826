/**
 * The header row of a client sheet: each column names a profile path — `company.<key>` or
 * `project.<key>` (also written `projects[].<key>`) — or a fact's label as the rules give it, in
 * Chinese or English (工商注册地（区）, "District of business registration").
 */
import type { RuleVersion } from '../rules/load.js';
import { suggest } from '../profile/suggest.js';
import { printable } from '../profile/values.js';
import type { Vocabulary } from '../profile/vocabulary.js';
import type { SheetProblem, SheetRow } from './grid.js';

export interface Column {
  column: number;
  scope: 'company' | 'project';
  key: string;
  /** The header as written, for messages. */
  header: string;
}

/** Labels a header may use, normalised, to the profile path. */
export type HeaderDictionary = ReadonlyMap<string, { scope: 'company' | 'project'; key: string }>;

/** Facts every profile has that the rules need not declare, with the labels consultants write. */
const BUILT_IN_LABELS: [string, 'company' | 'project', string][] = [
  ['企业名称', 'company', 'name'],
  ['公司名称', 'company', 'name'],
  ['Company name', 'company', 'name'],
  ['统一社会信用代码', 'company', 'uscc'],
  ['USCC', 'company', 'uscc'],
  ['项目编号', 'project', 'id'],
  ['Project id', 'project', 'id'],
  ['项目名称', 'project', 'title'],
  ['Project title', 'project', 'title'],
];

/** Spaces, case and full-width brackets do not matter in a header. */
const normaliseHeader = (text: string) => text.trim().replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, ' ').toLowerCase();

export function headerDictionary(versions: readonly RuleVersion[]): HeaderDictionary {
  const dictionary = new Map<string, { scope: 'company' | 'project'; key: string }>();
  for (const [label, scope, key] of BUILT_IN_LABELS) dictionary.set(normaliseHeader(label), { scope, key });
  for (const version of versions) {
    for (const [path, fact] of Object.entries(version.rule.facts)) {
      const target = pathTarget(path);
      if (!target) continue;
      for (const label of [fact.label.zh, fact.label.en])
        if (!dictionary.has(normaliseHeader(label))) dictionary.set(normaliseHeader(label), target);
    }
  }
  return dictionary;
}

/** `company.x`, `project.x`, `projects[].x` → scope and key. */
function pathTarget(text: string): { scope: 'company' | 'project'; key: string } | undefined {
  const match = /^(company|project|projects\[\])\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(text.trim());
  if (!match || ['__proto__', 'constructor', 'prototype'].includes(match[2]!)) return undefined;
  return { scope: match[1] === 'company' ? 'company' : 'project', key: match[2]! };
}

export type HeaderRead = { ok: true; columns: Column[]; warnings: SheetProblem[] } | { ok: false; problem: SheetProblem };

export function readHeader(header: SheetRow, vocabulary: Vocabulary, dictionary: HeaderDictionary): HeaderRead {
  const columns: Column[] = [];
  const warnings: SheetProblem[] = [];
  const seen = new Map<string, number>();
  for (const [column, value] of [...header.cells].sort((a, b) => a[0] - b[0])) {
    const text = String(value).trim();
    const cell = { row: header.row, column };
    const target = pathTarget(text) ?? dictionary.get(normaliseHeader(text));
    if (!target || !Object.hasOwn(target.scope === 'company' ? vocabulary.company : vocabulary.project, target.key)) {
      const known = [
        ...Object.keys(vocabulary.company).map((k) => `company.${k}`),
        ...Object.keys(vocabulary.project).map((k) => `project.${k}`),
      ];
      const shown = printable(text.length > 100 ? `${text.slice(0, 40)}…` : text);
      warnings.push({
        code: 'sheet/unknown-column',
        args: { header: shown, suggestion: text.length > 100 ? undefined : suggest(text, known) },
        cell,
      });
      continue;
    }
    const path = `${target.scope}.${target.key}`;
    if (seen.has(path)) return { ok: false, problem: { code: 'sheet/duplicate-column', args: { header: printable(text), path }, cell } };
    seen.set(path, column);
    columns.push({ column, ...target, header: text });
  }
  if (!seen.has('company.name') && !seen.has('company.uscc')) {
    return { ok: false, problem: { code: 'sheet/no-header', args: { row: header.row }, cell: { row: header.row, column: 1 } } };
  }
  return { ok: true, columns, warnings };
}

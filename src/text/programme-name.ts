/**
 * Programmes as a reader names them. English keeps the ids a consultant passes to `--programme` and
 * `--rules-version` (`putuo-smart-software@2023`); Chinese names a programme by its title and document
 * number, so a client reads no code.
 */
import type { ProgrammeReport, Report } from '../contracts/report.js';
import type { Lang, OneLang } from './lang.js';

/** The line under a programme's title: `putuo-smart-software@2023 · 普科合规范〔2021〕3号`, in Chinese the document number. */
export function programmeRef(p: Pick<ProgrammeReport, 'id' | 'version' | 'document'>, lang: Lang): string {
  return lang === 'zh' ? p.document : `${p.id}@${p.version} · ${p.document}`;
}

/** The successor of a superseded programme: its `id@version`, in Chinese its title where the report has it. */
export function successorName(
  p: Pick<ProgrammeReport, 'supersededBy'>,
  all: readonly Pick<ProgrammeReport, 'id' | 'version' | 'title'>[],
  lang: Lang,
): string {
  const id = p.supersededBy ?? '';
  if (lang !== 'zh') return id;
  const successor = all.find((q) => `${q.id}@${q.version}` === id);
  return successor ? `“${successor.title}”` : id;
}

/**
 * A programme in a portfolio's cell: its id, in Chinese its document number (from the report's `rules`),
 * with both languages the id then the number.
 */
export function programmeCell(id: string, rules: readonly Pick<Report['rules'][number], 'programme' | 'document'>[], lang: Lang): string {
  const document = rules.find((r) => r.programme === id)?.document;
  if (document === undefined || lang === 'en') return id;
  return lang === 'zh' ? document : `${id} ${document}`;
}

/** The rules a report answered with, as its footer names them: `id@version`, in Chinese led by the document number. */
export function rulesNamed(rules: readonly Report['rules'][number][], lang: OneLang): string {
  return rules
    .map((r) => (lang === 'zh' ? `${r.document}（${r.programme}@${r.version}）` : `${r.programme}@${r.version}`))
    .join(lang === 'zh' ? '、' : ', ');
}

/** Programmes named in a list: ids in English, titles in Chinese. */
export const programmeNames = (programmes: readonly ProgrammeReport[], lang: Lang): string =>
  lang === 'zh' ? programmes.map((p) => `“${p.title}”`).join('、') : programmes.map((p) => p.id).join(', ');

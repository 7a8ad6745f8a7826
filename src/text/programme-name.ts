/**
 * Programmes as a reader names them. English keeps the ids a consultant passes to `--programme` and
 * `--rules-version` (`putuo-smart-software@2023`); Chinese names a programme by its title and document
 * number, so a client reads no code.
 */
import type { ProgrammeReport } from '../contracts/report.js';
import type { Lang } from './lang.js';

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

/** Programmes named in a list: ids in English, titles in Chinese. */
export const programmeNames = (programmes: readonly ProgrammeReport[], lang: Lang): string =>
  lang === 'zh' ? programmes.map((p) => `“${p.title}”`).join('、') : programmes.map((p) => p.id).join(', ');

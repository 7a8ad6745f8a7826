/** `rules list`: load the rules, summarise every version, format. */
import { EXIT } from '../exit-codes.js';
import { LIST_FORMATTERS, type ListFormat } from '../report/rules/list.js';
import type { Lang } from '../report/lang.js';
import { summarise } from '../rules/summary.js';
import { rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface ListOptions {
  rules: string;
  asOf: string;
  format: ListFormat;
  lang: Lang;
}

export async function runRulesList(options: ListOptions): Promise<CommandOutcome> {
  const versions = await rulesOrFail(options.rules);
  if (!Array.isArray(versions)) return versions;
  const output = LIST_FORMATTERS[options.format]({ asOf: options.asOf, versions: summarise(versions, options.asOf), lang: options.lang });
  return { exitCode: EXIT.ok, output, diagnostics: [] };
}

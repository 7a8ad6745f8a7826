/** `rules list`: load the rules, summarise every version, format. */
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { LIST_FORMATTERS, type ListFormat } from '../lifecycle/render/list.js';
import type { Lang } from '../text/lang.js';
import { summarise } from '../lifecycle/summary.js';
import { deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface ListOptions {
  rules: string;
  asOf: string;
  format: ListFormat;
  lang: Lang;
}

export function runRulesList(options: ListOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(list(options, io), io, options.lang);
}

async function list(options: ListOptions, io: CommandIo): Promise<CommandOutcome> {
  const versions = await rulesOrFail(options.rules, io);
  if (!Array.isArray(versions)) return versions;
  const output = LIST_FORMATTERS[options.format]({ asOf: options.asOf, versions: summarise(versions, options.asOf), lang: options.lang });
  return { exitCode: EXIT.ok, output, diagnostics: [] };
}

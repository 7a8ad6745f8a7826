/** Options and parsers shared by several commands, so each reads and validates them one way. */
import { InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { BUNDLED_RULES } from '../io/rules.js';
import { parseDate } from '../profile/dates.js';
import { LANGS } from '../text/lang.js';

export const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

/** A command's action reports its exit code here; src/cli.ts alone turns it into the process's exit code. */
export type Done = (exitCode: number) => void;

function asOfDate(value: string): string {
  const parsed = parseDate(value);
  if (!parsed.ok && parsed.reason === 'impossible') throw new InvalidArgumentError(`${value} is not a real date.`);
  if (!parsed.ok || parsed.value.precision !== 'day') throw new InvalidArgumentError(`"${value}" is not a date YYYY-MM-DD.`);
  return value;
}

export const collect = (value: string, previous: string[]) => [...previous, value];

export const rulesOption = () => new Option('--rules <dir|file>', 'rule files to use').default(BUNDLED_RULES, 'the bundled rules');
export const langOption = () => new Option('--lang <lang>', 'language of the output').choices(LANGS).default('en');
export const asOfOption = () => new Option('--as-of <YYYY-MM-DD>', 'the date to answer for (default: today)').argParser(asOfDate);

/** `--programme <id>`, repeatable; the command merges it with the hidden alias `--program`. */
export const programmeOption = () => new Option('--programme <id>', 'only this programme (repeatable)').argParser(collect).default([]);
export const programAliasOption = () => new Option('--program <id>', 'alias of --programme').argParser(collect).default([]).hideHelp();

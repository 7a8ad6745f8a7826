/**
 * The command line: argv into typed options, an outcome into output and an exit code.
 * The only module that touches `process`; it sets `process.exitCode` and lets Node flush.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from './diagnostics/diagnostic.js';
import { EXIT } from './exit-codes.js';
import { today } from './io/clock.js';
import { colorWanted, readStdin, terminalWidth, writeOutput } from './io/terminal.js';
import { BUNDLED_RULES } from './io/rules.js';
import { FORMATS, type FormatName } from './report/formats.js';
import { LANGS, type Lang } from './report/lang.js';
import { parseDate } from './profile/dates.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

class UsageError extends Error {}

function asOfDate(value: string): string {
  const parsed = parseDate(value);
  if (!parsed.ok || parsed.value.precision !== 'day') throw new UsageError(`--as-of: "${value}" is not a date YYYY-MM-DD`);
  return value;
}

const collect = (value: string, previous: string[]) => [...previous, value];

const EXAMPLES = `
Examples:
  $ subsidy-check check fixtures/profiles/zhiyuan-ai.yaml --as-of 2021-03-15
  $ subsidy-check check fixtures/profiles --format json --output report.json
  $ subsidy-check check company.yaml --programme putuo-digital-transformation --lang zh

Exit codes: 0 every input evaluated · 1 a --fail-on condition met · 2 could not run (usage, rules, no input) · 3 some profiles invalid`;

function program(): Command {
  const cli = new Command('subsidy-check')
    .description('Which support measures of a guideline a company qualifies for, and the most it can receive.')
    .version(pkg.version)
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  cli
    .command('check')
    .description('evaluate company profiles against the rules')
    .argument('<profiles...>', 'profile files (YAML or JSON), folders, or - for standard input')
    .option('--rules <dir|file>', 'rule files to use', BUNDLED_RULES)
    .option('--programme <id>', 'only this programme (repeatable)', collect, [])
    .addOption(new Option('--program <id>', 'alias of --programme').argParser(collect).default([]).hideHelp())
    .option('--as-of <YYYY-MM-DD>', 'the date to answer for (default: today)', asOfDate)
    .addOption(new Option('--format <name>', 'output format').choices(FORMATS).default('table'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(LANGS).default('en'))
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('--quiet', 'print only problems')
    .addHelpText('after', EXAMPLES)
    .action(async (profiles: string[], o: CheckFlags) => {
      process.exitCode = await check(profiles, o);
    });
  return cli;
}

interface CheckFlags {
  rules: string;
  programme: string[];
  program: string[];
  asOf?: string;
  format: FormatName;
  output?: string;
  lang: Lang;
  color: boolean;
  quiet?: boolean;
}

async function check(profiles: string[], o: CheckFlags): Promise<number> {
  const { runCheck } = await import('./commands/check.js');
  const asOf = o.asOf ?? today();
  const outcome = await runCheck({
    inputs: profiles,
    rules: o.rules,
    programmes: [...o.programme, ...o.program],
    asOf,
    format: o.format,
    lang: o.lang,
    color: colorWanted(o.color, o.output === undefined && o.format === 'table'),
    width: terminalWidth(),
    tool: { name: pkg.name, version: pkg.version },
    stdin: readStdin,
  });
  const lang = o.lang === 'zh' ? 'zh' : 'en';
  for (const d of outcome.diagnostics) if (!o.quiet || d.severity === 'error') process.stderr.write(`${formatDiagnostic(d, lang)}\n`);
  if (outcome.output && !o.quiet) await writeOutput(o.output, outcome.output);
  else if (outcome.output && o.quiet && o.output) await writeOutput(o.output, outcome.output);
  return outcome.exitCode;
}

export async function main(argv: readonly string[]): Promise<void> {
  const debug = argv.includes('--debug');
  try {
    await program().parseAsync(argv as string[]);
  } catch (error) {
    process.exitCode = exitFor(error, debug);
  }
}

function exitFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // help and version end with code 0; every other commander error is a usage error
    return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
  }
  if (error instanceof UsageError || (error as { code?: string }).code === 'commander.invalidArgument') {
    process.stderr.write(`error: ${(error as Error).message}\n(run with --help for usage)\n`);
    return EXIT.cannotRun;
  }
  process.stderr.write(`internal error: ${(error as Error).message ?? String(error)}\n`);
  if (debug) process.stderr.write(`${(error as Error).stack}\n`);
  else process.stderr.write('(run with --debug for details, and please report it)\n');
  return EXIT.cannotRun;
}

/** `subsidy-check check`: flags into CheckOptions, the outcome onto stdout, stderr and an exit code. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseGate, type Gate } from '../report/gates.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { today } from '../io/clock.js';
import { colorWanted, readStdin, terminalWidth, writeError, writeOutput } from '../io/terminal.js';
import { FORMATS, type FormatName } from '../report/formats.js';
import type { Lang } from '../report/lang.js';
import { asOfOption, collect, langOption, pkg, rulesOption, type Done } from './options.js';

const HELP = `
Examples:
  $ subsidy-check check fixtures/profiles/zhiyuan-ai.yaml --as-of 2021-03-15
  $ subsidy-check check fixtures/profiles --format json --output report.json
  $ subsidy-check check company.yaml --programme putuo-digital-transformation --lang zh
  $ subsidy-check check - < company.yaml
  $ subsidy-check check applicants/ --format json --fail-on invalid --fail-on below:500万

Exit codes: 0 every input evaluated · 1 a --fail-on condition met · 2 could not run (usage, rules, no input) · 3 some profiles invalid`;

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
  failOn: Gate[];
}

function gateOption(value: string, previous: Gate[]): Gate[] {
  const gate = parseGate(value);
  if ('error' in gate) throw new InvalidArgumentError(gate.error);
  return [...previous, gate];
}

export function checkCommand(done: Done): Command {
  return new Command('check')
    .description('evaluate company profiles against the rules')
    .argument('<profiles...>', 'profile files (YAML or JSON), folders, or - for standard input')
    .addOption(rulesOption())
    .option('--programme <id>', 'only this programme (repeatable)', collect, [])
    .addOption(new Option('--program <id>', 'alias of --programme').argParser(collect).default([]).hideHelp())
    .addOption(asOfOption())
    .addOption(new Option('--format <name>', 'output format').choices(FORMATS).default('table'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .addOption(langOption())
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('--quiet', 'print only errors')
    .option('--fail-on <condition>', 'exit 1 when a profile is: invalid, undetermined, not-eligible, below:<amount> (repeatable)', gateOption, [])
    .addHelpText('after', HELP)
    .action(async (profiles: string[], o: CheckFlags) => done(await check(profiles, o)));
}

async function check(profiles: string[], o: CheckFlags): Promise<number> {
  const { runCheck } = await import('../commands/check.js');
  const outcome = await runCheck({
    inputs: profiles,
    rules: o.rules,
    programmes: [...o.programme, ...o.program],
    asOf: o.asOf ?? today(),
    format: o.format,
    lang: o.lang,
    color: colorWanted(o.color, o.output === undefined && o.format === 'table'),
    width: terminalWidth(),
    gates: o.failOn,
    tool: { name: pkg.name, version: pkg.version },
    stdin: readStdin,
  });
  const lang = o.lang === 'zh' ? 'zh' : 'en';
  for (const d of outcome.diagnostics) if (!o.quiet || d.severity === 'error') writeError(`${formatDiagnostic(d, lang)}\n`);
  if (outcome.output && (o.output || !o.quiet)) await writeOutput(o.output, outcome.output);
  return outcome.exitCode;
}

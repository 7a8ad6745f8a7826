/** `subsidy-check check`: flags into CheckOptions, output through a sink, the exit code to `done`. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { today } from '../io/clock.js';
import { nodeIo } from '../io/node-io.js';
import { outputClash, realTarget } from '../io/output-clash.js';
import { deliver, discard, openSink } from '../io/sink.js';
import { colorWanted, stdoutIsTerminal, terminalWidth, writeError } from '../io/terminal.js';
import { parseShard, type Shard } from '../batch/shard.js';
import { FORMATS, type FormatName } from '../formats/registry.js';
import { parseGate, type Gate } from '../report/gates.js';
import { parsePin, type Pin } from '../rules/pin.js';
import type { Lang } from '../text/lang.js';
import { DETAILS, type Detail } from '../contracts/detail.js';
import { EXIT } from '../exit-codes.js';
import { asOfOption, programAliasOption, programmeOption, langOption, pkg, rulesOption, type Done } from './options.js';

const HELP = `
Examples:
  $ subsidy-check check fixtures/profiles/zhiyuan-ai.yaml --as-of 2021-03-15
  $ subsidy-check check fixtures/profiles --format json --output report.json
  $ subsidy-check check company.yaml --programme putuo-digital-transformation --lang zh
  $ subsidy-check check - < company.yaml
  $ subsidy-check check 'applicants/**/*.yaml' --format junit --fail-on invalid --fail-on below:500万
  $ subsidy-check check profiles.ndjson --format ndjson > results.ndjson
  $ subsidy-check check profiles.ndjson:12 'clients.xlsx:客户!3'
  $ subsidy-check check applicants/ --shard 2/3 --format json
  $ subsidy-check check clients.xlsx --sheet 客户 --as-of 2022-07-05
  $ subsidy-check check clients.csv --format ics --output deadlines.ics

Exit codes: 0 every input evaluated · 1 a --fail-on condition met · 2 could not run (usage, rules, no input) · 3 some profiles invalid`;

interface CheckFlags {
  rules: string;
  programme: string[];
  program: string[];
  asOf?: string;
  format: FormatName;
  inputFormat: 'auto' | 'ndjson';
  output?: string;
  lang: Lang;
  color: boolean;
  quiet?: boolean;
  failOn: Gate[];
  rulesVersion: Pin[];
  jobs?: number;
  shard?: Shard;
  sheet?: string;
  detail: Detail;
}

function pinOption(value: string, previous: Pin[]): Pin[] {
  const pin = parsePin(value);
  if (!pin) throw new InvalidArgumentError('expected programme@version, e.g. putuo-smart-software@2023.');
  return [...previous, pin];
}

function gateOption(value: string, previous: Gate[]): Gate[] {
  const gate = parseGate(value);
  if ('error' in gate) throw new InvalidArgumentError(gate.error);
  return [...previous, gate];
}

function jobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number of threads from 1 to 64.');
  return n;
}

function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected k/n with 1 ≤ k ≤ n, e.g. 2/3.');
  return shard;
}

export function checkCommand(done: Done): Command {
  return new Command('check')
    .description('evaluate company profiles against the rules')
    .argument(
      '<profiles...>',
      'profile files (YAML or JSON), client sheets (.csv, .xlsx), NDJSON streams, folders, quoted globs, or - for standard input; one company by the name its result has (clients.xlsx:客户!3, profiles.ndjson:12)',
    )
    .addOption(rulesOption())
    .addOption(programmeOption())
    .addOption(programAliasOption())
    .addOption(asOfOption())
    .addOption(new Option('--format <name>', 'output format').choices(FORMATS).default('table'))
    .addOption(
      new Option(
        '--input-format <name>',
        'ndjson: each input holds one JSON profile per line (auto: so when every input is a .ndjson or .jsonl file)',
      )
        .choices(['auto', 'ndjson'])
        .default('auto'),
    )
    .option('--output <file>', 'write the report to a file instead of standard output')
    .addOption(langOption())
    .option('--rules-version <programme@version>', 'use this version of the programme whatever the as-of date (repeatable)', pinOption, [])
    .option(
      '--fail-on <condition>',
      'exit 1 when a profile is: invalid, undetermined, not-eligible, below:<amount> (repeatable)',
      gateOption,
      [],
    )
    .addOption(
      new Option(
        '--detail <level>',
        'json and ndjson: compact (per measure the verdict, amount and one-line reason) or full (every condition and the advice)',
      )
        .choices(DETAILS)
        .default('compact'),
    )
    .option(
      '--jobs <n>',
      'threads that evaluate: the main thread and n − 1 workers (default: 1 on fewer than 4 cores or under 200 listed inputs, else one per core, up to 8)',
      jobsOption,
    )
    .option('--shard <k/n>', 'check only the k-th of n deterministic parts of the inputs', shardOption)
    .option('--sheet <name>', 'the worksheet of each .xlsx client sheet to read (default: the first)')
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option(
      '--quiet',
      'print only errors: no warnings, no progress, and no report on a terminal (a report redirected to a file or a pipe, or --output, is still written)',
    )
    .addHelpText('after', HELP)
    .action(async (profiles: string[], o: CheckFlags) => done(await check(profiles, o)));
}

async function check(profiles: string[], o: CheckFlags): Promise<number> {
  const { runCheck } = await import('../commands/check.js');
  // Refused before anything is read: the report would overwrite what the run reads.
  const clash = o.output ? await outputClash(o.output, profiles, o.rules) : undefined;
  if (clash) {
    writeError(`error: ${clash}\n`);
    return EXIT.cannotRun;
  }
  // --quiet drops the report from a terminal only: not from the file asked for with --output, nor from
  // standard output redirected to a file or a pipe (`--quiet --format junit > r.xml` must write it).
  // GitHub annotations are the problems themselves, so --quiet keeps them.
  const sink = o.quiet && !o.output && o.format !== 'github' && stdoutIsTerminal() ? discard : await openSink(o.output);
  if ('error' in sink) {
    writeError(`error: ${sink.error}\n`);
    return EXIT.cannotRun;
  }
  const outputPath = o.output ? await realTarget(o.output) : undefined;
  const options = {
    inputs: profiles,
    inputFormat: o.inputFormat,
    rules: o.rules,
    programmes: [...o.programme, ...o.program],
    pins: o.rulesVersion,
    asOf: o.asOf ?? today(),
    format: o.format,
    lang: o.lang,
    color: colorWanted(o.color, o.output === undefined && o.format === 'table'),
    width: terminalWidth(),
    gates: o.failOn,
    jobs: o.jobs,
    detail: o.detail,
    shard: o.shard,
    ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    quiet: o.quiet ?? false,
    ...(outputPath ? { outputPath, output: o.output } : {}),
    tool: { name: pkg.name, version: pkg.version },
  };
  const io = nodeIo({ write: (text) => sink.write(text), quiet: o.quiet ?? false });
  return deliver(
    sink,
    () => runCheck(options, io),
    (line) => writeError(`${line}\n`),
  );
}

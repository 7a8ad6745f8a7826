/** `subsidy-check explain <profile> [measure]`: flags into ExplainOptions, the outcome onto stdout, stderr and an exit code. */
import { Command, Option } from 'commander';
import { today } from '../io/clock.js';
import { colorWanted, terminalWidth } from '../io/terminal.js';
import { EXPLAIN_FORMATS, type ExplainFormat } from '../formats/explain/format-names.js';
import type { Lang } from '../text/lang.js';
import { emit } from './emit.js';
import { asOfOption, programAliasOption, programmeOption, langOption, pkg, rulesOption, type Done } from './options.js';

const HELP = `
Examples:
  $ subsidy-check explain fixtures/profiles/zhiyuan-ai.yaml --as-of 2021-03-15
  $ subsidy-check explain company.yaml project-subsidy --as-of 2022-07-05
  $ subsidy-check explain company.yaml putuo-digital-transformation/municipal-match --lang zh
  $ subsidy-check explain company.yaml --format json > explanation.json
  $ subsidy-check explain 'fixtures/sheets/clients.csv:clients!3' --as-of 2022-07-05

Shows, per measure: every condition as a tree (✓ met, ✗ not met, ? unknown) with the company's value,
the requirement, the citation and the evidence; the amount and the cap that binds; what it would take
to qualify; then the stacking decision, the assumptions and every measure ranked by what it would unlock.

Exit codes: 0 explained · 2 could not run (usage, rules, no such file or measure) · 3 the profile is invalid`;

interface ExplainFlags {
  rules: string;
  programme: string[];
  program: string[];
  asOf?: string;
  format: ExplainFormat;
  output?: string;
  lang: Lang;
  color: boolean;
  sheet?: string;
}

export function explainCommand(done: Done): Command {
  return new Command('explain')
    .description('one profile in full: every condition, amount step, stacking decision and what it would take')
    .argument(
      '<profile>',
      'a profile file (YAML or JSON), - for standard input, a client sheet (.csv, .xlsx; one company, or <file>:<sheet>!<row>), or one line of an NDJSON stream (<file>:<line>)',
    )
    .argument('[measure]', 'only this measure: its id, or programme/measure')
    .addOption(rulesOption())
    .addOption(programmeOption())
    .addOption(programAliasOption())
    .addOption(asOfOption())
    .addOption(new Option('--format <name>', 'output format').choices(EXPLAIN_FORMATS).default('table'))
    .option('--output <file>', 'write to a file instead of standard output')
    .addOption(langOption())
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('--sheet <name>', 'the worksheet of an .xlsx client sheet to read (default: the first)')
    .addHelpText('after', HELP)
    .action(async (profile: string, measure: string | undefined, o: ExplainFlags, command: Command) => {
      // `explain a.yaml b.yaml` reads the second profile as a measure id: say what explain takes instead.
      if (measure !== undefined && looksLikeProfile(measure)) {
        command.error(
          `error: explain takes one profile, and "${measure}" looks like a second one; to evaluate several, use: subsidy-check check ${profile} ${measure}`,
          { exitCode: 2, code: 'explain.one-profile' },
        );
      }
      const { runExplain } = await import('../commands/explain.js');
      const options = {
        input: profile,
        measure,
        rules: o.rules,
        programmes: [...o.programme, ...o.program],
        asOf: o.asOf ?? today(),
        format: o.format,
        lang: o.lang,
        color: colorWanted(o.color, o.output === undefined && o.format === 'table'),
        width: terminalWidth(),
        tool: { name: pkg.name, version: pkg.version },
        ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
      };
      done(await emit((io) => runExplain(options, io), o.output));
    });
}

/** A profile file name (or standard input), never a measure id, which has no dot and no slash at its start. */
function looksLikeProfile(text: string): boolean {
  return text === '-' || /\.(ya?ml|json)$/i.test(text);
}

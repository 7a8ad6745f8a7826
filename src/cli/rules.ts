/** `subsidy-check rules list|show|lint|test|diff`: the rule lifecycle, one subcommand each. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { today } from '../io/clock.js';
import type { Lang } from '../text/lang.js';
import {
  DIFF_FORMATS,
  LINT_FORMATS,
  LIST_FORMATS,
  TEST_FORMATS,
  type DiffFormat,
  type LintFormat,
  type ListFormat,
  type TestFormat,
} from '../lifecycle/render/format-names.js';
import { emit } from './emit.js';
import { asOfOption, langOption, rulesOption, type Done } from './options.js';

interface Common {
  rules: string;
  asOf?: string;
  lang: Lang;
  output?: string;
}

const HELP = `
Examples:
  $ subsidy-check rules list
  $ subsidy-check rules show putuo-digital-transformation project-subsidy --lang zh
  $ subsidy-check rules lint my-rules/ --as-of 2024-06-01
  $ subsidy-check rules test my-rules/ --min-coverage 90 --format junit --output rules-test.xml
  $ subsidy-check rules diff my-programme@2023 my-programme@2024 --rules my-rules/ --profiles clients/

Exit codes: 0 done · 1 rules test: a case failed or coverage below --min-coverage; rules diff: a change with --fail-on-change · 2 could not run, or rules lint found errors · 3 rules diff: a --profiles file is invalid
Documentation of the rule format: docs/rules-format.md`;

function percent(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a percentage from 0 to 100.');
  return n;
}

const formatOption = (formats: readonly string[]) => new Option('--format <name>', 'output format').choices(formats).default('table');
const outputOption = () => new Option('--output <file>', 'write to a file instead of standard output');

function sub(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .addOption(rulesOption())
    .addOption(langOption())
    .addOption(outputOption())
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
}

export function rulesCommand(done: Done): Command {
  const list = sub('list', 'every programme and version: dates, windows, measures, evidence, sha256')
    .addOption(asOfOption())
    .addOption(formatOption(LIST_FORMATS))
    .action(async (o: Common & { format: ListFormat }) => {
      const { runRulesList } = await import('../commands/rules-list.js');
      done(await emit((io) => runRulesList({ rules: o.rules, asOf: o.asOf ?? today(), format: o.format, lang: o.lang }, io), o.output));
    });
  const show = sub('show', 'a programme version or one measure, readably: conditions, amounts, periods, documents, sources')
    .argument('<programme[@version]>', 'a programme id, optionally with a version (default: the one in force on --as-of, else the latest)')
    .argument('[measure]', 'only this measure')
    .addOption(asOfOption())
    .action(async (target: string, measure: string | undefined, o: Common) => {
      const { runRulesShow } = await import('../commands/rules-show.js');
      done(await emit((io) => runRulesShow({ rules: o.rules, target, measure, asOf: o.asOf ?? today(), lang: o.lang }, io), o.output));
    });
  const lint = sub('lint', 'check rule files: schema, references, facts, translations, version dates, windows, caps, tests')
    .argument('[path]', 'a rules folder or file (default: --rules)')
    .addOption(
      new Option('--as-of <YYYY-MM-DD>', 'the date "all windows closed" is judged on (default: today)').argParser(asOfOption().parseArg!),
    )
    .addOption(formatOption(LINT_FORMATS))
    .action(async (path: string | undefined, o: Common & { format: LintFormat }) => {
      const { runRulesLint } = await import('../commands/rules-lint.js');
      done(
        await emit((io) => runRulesLint({ rules: path ?? o.rules, asOf: o.asOf ?? today(), format: o.format, lang: o.lang }, io), o.output),
      );
    });
  const test = sub('test', 'run the golden cases in <programme>/tests/*.yaml and measure coverage')
    .argument('[path]', 'a rules folder or file (default: --rules)')
    .option('--min-coverage <percent>', 'fail unless this share of condition leaves is driven both true and false', percent)
    .addOption(formatOption(TEST_FORMATS))
    .action(async (path: string | undefined, o: Common & { format: TestFormat; minCoverage?: number }) => {
      const { runRulesTest } = await import('../commands/rules-test.js');
      done(
        await emit(
          (io) => runRulesTest({ rules: path ?? o.rules, minCoverage: o.minCoverage, format: o.format, lang: o.lang }, io),
          o.output,
        ),
      );
    });
  const diff = sub('diff', 'what changed between two versions, files or folders, and for which profiles')
    .argument('<a>', 'programme@version (in --rules), a rule file or a rules folder')
    .argument('<b>', 'the same, for the other side')
    .option('--profiles <dir>', 're-evaluate these profiles under both and list whose results change')
    .addOption(asOfOption())
    .option('--fail-on-change', 'exit 1 on any change')
    .addOption(formatOption(DIFF_FORMATS))
    .action(async (a: string, b: string, o: Common & { format: DiffFormat; profiles?: string; failOnChange?: boolean }) => {
      const { runRulesDiff } = await import('../commands/rules-diff.js');
      const options = {
        from: a,
        to: b,
        rules: o.rules,
        profiles: o.profiles,
        asOf: o.asOf ?? today(),
        failOnChange: o.failOnChange ?? false,
        format: o.format,
        lang: o.lang,
      };
      done(await emit((io) => runRulesDiff(options, io), o.output));
    });
  return new Command('rules')
    .description('the rule lifecycle: list, show, lint, test, diff')
    .addCommand(list)
    .addCommand(show)
    .addCommand(lint)
    .addCommand(test)
    .addCommand(diff)
    .addHelpText('after', HELP);
}

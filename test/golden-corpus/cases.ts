/**
 * The golden corpus: every command × format × --lang over fixtures/, at two as-of dates, run in this
 * process through the in-memory CommandIo. Each case is one file under test/golden-corpus/cases/.
 */
import { readdirSync } from 'node:fs';
import { runCheck } from '../../src/commands/check.js';
import { runExplain } from '../../src/commands/explain.js';
import { runRulesDiff } from '../../src/commands/rules-diff.js';
import { runRulesLint } from '../../src/commands/rules-lint.js';
import { runRulesList } from '../../src/commands/rules-list.js';
import { runRulesShow } from '../../src/commands/rules-show.js';
import { runRulesTest } from '../../src/commands/rules-test.js';
import { runSchema } from '../../src/commands/schema.js';
import { runTemplate } from '../../src/commands/template.js';
import type { ExitCode } from '../../src/exit-codes.js';
import type { CommandIo } from '../../src/io/command-io.js';
import { BUNDLED_RULES } from '../../src/io/rules.js';
import { EXPLAIN_FORMATS } from '../../src/formats/explain/format-names.js';
import { FORMATS, type FormatName } from '../../src/formats/registry.js';
import { LANGS } from '../../src/text/lang.js';
import { DIFF_FORMATS, LINT_FORMATS, LIST_FORMATS, TEST_FORMATS } from '../../src/lifecycle/render/format-names.js';
import { checkOptions } from '../check-options.js';
import { bundledRules, filesOf } from '../memory-io.js';

const AS_OF = ['2021-03-15', '2022-07-05'] as const;

export interface Case {
  /** The case's file under cases/, and what it stands for on the command line. */
  name: string;
  args: string[];
  run(io: CommandIo): Promise<ExitCode>;
}

/** What every case reads: the bundled rules and fixtures/. */
export const corpusFiles = () => new Map([...bundledRules(), ...filesOf('fixtures')]);

const PROFILES = [...filesOf('fixtures/profiles').keys()].sort();
// The programme folders below the bundled rules (their tests/ folders are not programmes), whatever the checkout's own path.
const PROGRAMMES = readdirSync(BUNDLED_RULES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const TOOL = { name: 'subsidy-check', version: 'corpus' };
const DISPLAY = { color: false, width: 120 };
const base = (file: string) => file.split('/').at(-1)!;

/**
 * A batch renders each file's result as that file alone would in the machine formats (the same JSON
 * object, rows, testsuite, annotations), so one file alone is recorded only in the
 * formats that render a single file differently.
 */
const SINGLE_FILE_FORMATS: readonly FormatName[] = ['table', 'markdown', 'checklist', 'html'];

function* checkCases(asOf: string): Generator<Case> {
  for (const input of [...PROFILES, 'fixtures/profiles'])
    for (const format of input === 'fixtures/profiles' ? FORMATS : SINGLE_FILE_FORMATS)
      for (const lang of LANGS) {
        const name = `${asOf}/check/${input === 'fixtures/profiles' ? 'batch' : base(input)}.${lang}.${format}`;
        const options = checkOptions([input], { asOf, format, lang, tool: TOOL });
        yield { name, args: ['check', input, '--as-of', asOf, '--format', format, '--lang', lang], run: (io) => runCheck(options, io) };
      }
  // The full result (every condition, the advice) of the batch, as --detail full gives it.
  for (const format of ['json', 'ndjson'] as const) {
    const options = checkOptions(['fixtures/profiles'], { asOf, format, lang: 'en', detail: 'full', tool: TOOL });
    yield {
      name: `${asOf}/check/batch.en.${format}-full`,
      args: ['check', 'fixtures/profiles', '--as-of', asOf, '--format', format, '--detail', 'full'],
      run: (io) => runCheck(options, io),
    };
  }
}

/** Client sheets: the CSV in every format and language; the xlsx (the same companies) as JSON only. */
function* sheetCases(asOf: string): Generator<Case> {
  const csv = 'fixtures/sheets/clients.csv';
  const inputs = [
    ...FORMATS.flatMap((format) => LANGS.map((lang) => ({ input: csv, format, lang }))),
    { input: 'fixtures/sheets/clients.xlsx', format: 'json' as const, lang: 'en' as const },
  ];
  for (const { input, format, lang } of inputs) {
    const options = checkOptions([input], { asOf, format, lang, tool: TOOL });
    yield {
      name: `${asOf}/check-sheet/${base(input)}.${lang}.${format}`,
      args: ['check', input, '--as-of', asOf, '--format', format, '--lang', lang],
      run: (io) => runCheck(options, io),
    };
  }
  // One company of the sheet, named as check names it.
  const row = `${csv}:clients!2`;
  for (const lang of LANGS) {
    const options = { input: row, rules: BUNDLED_RULES, programmes: [], asOf, format: 'table' as const, lang, ...DISPLAY, tool: TOOL };
    yield {
      name: `${asOf}/explain-sheet/clients-2.${lang}.table`,
      args: ['explain', row, '--as-of', asOf, '--lang', lang],
      run: (io) => runExplain(options, io),
    };
  }
}

/** Explain's JSON (the full trace, ~200 kB a file) in English only: every language's words are in the tables. */
function* explainCases(asOf: string): Generator<Case> {
  for (const input of PROFILES)
    for (const format of EXPLAIN_FORMATS)
      for (const lang of format === 'json' ? (['en'] as const) : LANGS) {
        const options = { input, rules: BUNDLED_RULES, programmes: [], asOf, format, lang, ...DISPLAY, tool: TOOL };
        yield {
          name: `${asOf}/explain/${base(input)}.${lang}.${format}`,
          args: ['explain', input, '--as-of', asOf, '--format', format, '--lang', lang],
          run: (io) => runExplain(options, io),
        };
      }
}

function* rulesCases(asOf: string): Generator<Case> {
  for (const lang of LANGS) {
    for (const format of LIST_FORMATS) {
      yield {
        name: `${asOf}/rules-list/${lang}.${format}`,
        args: ['rules', 'list', '--as-of', asOf, '--format', format, '--lang', lang],
        run: (io) => runRulesList({ rules: BUNDLED_RULES, asOf, format, lang }, io),
      };
    }
    for (const programme of PROGRAMMES) {
      yield {
        name: `${asOf}/rules-show/${programme}.${lang}`,
        args: ['rules', 'show', programme, '--as-of', asOf, '--lang', lang],
        run: (io) => runRulesShow({ rules: BUNDLED_RULES, target: programme, asOf, lang }, io),
      };
    }
    for (const format of LINT_FORMATS) {
      yield {
        name: `${asOf}/rules-lint/${lang}.${format}`,
        args: ['rules', 'lint', '--as-of', asOf, '--format', format, '--lang', lang],
        run: (io) => runRulesLint({ rules: BUNDLED_RULES, asOf, format, lang }, io),
      };
    }
    for (const format of DIFF_FORMATS) {
      const from = 'jiading-smart-factory@2023';
      const to = 'jiading-smart-factory@2024';
      const options = {
        from,
        to,
        rules: 'fixtures/rules-diff/rules',
        profiles: 'fixtures/rules-diff/profiles',
        asOf,
        failOnChange: false,
        format,
        lang,
      };
      yield {
        name: `${asOf}/rules-diff/${lang}.${format}`,
        args: [
          'rules',
          'diff',
          from,
          to,
          '--rules',
          options.rules,
          '--profiles',
          options.profiles,
          '--as-of',
          asOf,
          '--format',
          format,
          '--lang',
          lang,
        ],
        run: (io) => runRulesDiff(options, io),
      };
    }
  }
}

function* undatedCases(): Generator<Case> {
  for (const lang of LANGS) {
    for (const format of TEST_FORMATS) {
      yield {
        name: `undated/rules-test/${lang}.${format}`,
        args: ['rules', 'test', '--format', format, '--lang', lang],
        run: (io) => runRulesTest({ rules: BUNDLED_RULES, format, lang }, io),
      };
    }
    for (const programme of ['', ...PROGRAMMES]) {
      const programmes = programme ? [programme] : [];
      yield {
        name: `undated/template/${programme || 'all'}.${lang}`,
        args: ['template', ...(programme ? ['--programme', programme] : []), '--lang', lang],
        run: (io) => runTemplate({ rules: BUNDLED_RULES, programmes, lang, schemaRef: 'profile.schema.json' }, io),
      };
    }
  }
  for (const format of ['csv', 'xlsx'] as const) {
    yield {
      name: `undated/template/sheet.${format}`,
      args: ['template', '--format', format],
      run: (io) => runTemplate({ rules: BUNDLED_RULES, programmes: [], lang: 'both', schemaRef: 'profile.schema.json', format }, io),
    };
  }
  yield { name: 'undated/schema/profile', args: ['schema'], run: (io) => runSchema({ ruleFiles: false, rules: BUNDLED_RULES }, io) };
  yield {
    name: 'undated/schema/rules',
    args: ['schema', '--rules'],
    run: (io) => runSchema({ ruleFiles: true, rules: BUNDLED_RULES }, io),
  };
}

export function cases(): Case[] {
  return [
    ...AS_OF.flatMap((asOf) => [...checkCases(asOf), ...sheetCases(asOf), ...explainCases(asOf), ...rulesCases(asOf)]),
    ...undatedCases(),
  ];
}

/** `subsidy-check template`: flags into TemplateOptions; the schema file (with --schema-out), then the template, out. */
import { Command, Option } from 'commander';
import { dirname, relative, sep } from 'node:path';
import { TEMPLATE_FORMATS, type TemplateFormat } from '../sheets/formats.js';
import { EXIT } from '../exit-codes.js';
import { alreadyThere } from '../io/atomic-output.js';
import { writeError } from '../io/terminal.js';
import { LANGS, type Lang } from '../text/lang.js';
import { emit } from './emit.js';
import { collect, rulesOption, type Done } from './options.js';

const HELP = `
Examples:
  $ subsidy-check template > company.yaml
  $ subsidy-check template --programme putuo-digital-transformation --lang zh --output company.yaml
  $ subsidy-check template --output clients/acme.yaml --schema-out clients/profile.schema.json
  $ subsidy-check template --format xlsx --output clients.xlsx     a client sheet (docs/client-sheet.md)

Every value is left empty (unknown): the template is a valid profile on which every measure is
undetermined until it is filled in. Its first line,  # yaml-language-server: $schema=profile.schema.json,
lets editors complete and check it: write the schema there with --schema-out, or with
  $ subsidy-check schema --output profile.schema.json

An existing --output or --schema-out file is never replaced without --force.

Exit codes: 0 written · 2 could not run (usage, rules, unknown programme, unwritable or existing file)`;

interface TemplateFlags {
  rules: string;
  programme: string[];
  program: string[];
  lang: Lang;
  output?: string;
  schemaOut?: string;
  format: TemplateFormat;
  force?: boolean;
}

export function templateCommand(done: Done): Command {
  return new Command('template')
    .description('a profile skeleton to fill in: every fact the programmes read, with its question, type and allowed values')
    .addOption(rulesOption())
    .option('--programme <id>', 'only the facts this programme reads (repeatable)', collect, [])
    .addOption(new Option('--program <id>', 'alias of --programme').argParser(collect).default([]).hideHelp())
    .addOption(new Option('--lang <lang>', 'language of the comments').choices(LANGS).default('both'))
    .option('--output <file>', 'write to a file instead of standard output')
    .addOption(
      new Option('--format <name>', 'yaml: a profile; csv, xlsx: a client sheet with one column per question')
        .choices(TEMPLATE_FORMATS)
        .default('yaml'),
    )
    .option('--schema-out <file>', 'also write the profile JSON Schema there, and point the first line at it')
    .option('--force', 'replace --output and --schema-out files that already exist (a filled-in profile is otherwise kept)')
    .addHelpText('after', HELP)
    .action(async (o: TemplateFlags) => done(await template(o)));
}

async function template(o: TemplateFlags): Promise<number> {
  const { runTemplate } = await import('../commands/template.js');
  const overwrite = o.force ?? false;
  // Both refused before either is written: a blank template never replaces a filled-in profile.
  const existing = overwrite ? [] : await alreadyThere([o.output, o.schemaOut]);
  if (existing.length > 0) {
    for (const file of existing) writeError(`error: ${file} already exists (use --force to replace it)\n`);
    return EXIT.cannotRun;
  }
  const schemaRef = o.schemaOut ? relativeRef(o.output, o.schemaOut) : 'profile.schema.json';
  if (o.format === 'xlsx' && !o.output && process.stdout.isTTY) {
    writeError('error: an xlsx workbook is binary: write it with --output clients.xlsx (or redirect standard output)\n');
    return EXIT.cannotRun;
  }
  const options = {
    rules: o.rules,
    programmes: [...o.programme, ...o.program],
    lang: o.lang,
    schemaRef,
    format: o.format,
    ...(o.schemaOut ? { schemaOut: o.schemaOut } : {}),
  };
  return emit((io) => runTemplate(options, io), o.output, { overwrite });
}

/** The schema file as the template's editor sees it: relative to the template's folder, with forward slashes. */
function relativeRef(output: string | undefined, schemaOut: string): string {
  return relative(output ? dirname(output) : '.', schemaOut)
    .split(sep)
    .join('/');
}

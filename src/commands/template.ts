/**
 * `template`: load the rules, pick the chosen programmes (every version of each), and render a profile
 * skeleton asking for every fact they read. With a schema file wanted (`--schema-out`), the profile JSON
 * Schema of the whole rule set is written there first — the same text `subsidy-check schema` prints.
 * With `--format csv|xlsx`, a client sheet to fill in instead; the workbook goes out as bytes.
 */
import { diagnostic } from '../diagnostics/diagnostic.js';
import { BUNDLED_RULES } from '../io/rules.js';
import type { Lang } from '../text/lang.js';
import { cannotRun, deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import type { TemplateFormat } from '../sheets/formats.js';

export interface TemplateOptions {
  rules: string;
  /** Programme ids; every programme when empty. */
  programmes: string[];
  lang: Lang;
  /** What the template's schema comment points at. */
  schemaRef: string;
  /** Also write the profile JSON Schema to this file (`--schema-out`), where `schemaRef` points. */
  schemaOut?: string;
  /** `yaml`: a profile skeleton; `csv`, `xlsx`: a client sheet to fill in (src/sheets/template.ts). */
  format?: TemplateFormat;
}

interface TemplateOutcome extends CommandOutcome {
  /** The profile JSON Schema, when asked for. */
  schema?: string;
  /** A binary output (the xlsx workbook), instead of `output`. */
  bytes?: Uint8Array;
}

export async function runTemplate(o: TemplateOptions, io: CommandIo): Promise<ExitCode> {
  const outcome = await template(o, io);
  if (outcome.schema !== undefined && o.schemaOut !== undefined) {
    const failed = await io.writeExtraFile(o.schemaOut, outcome.schema);
    if (failed) {
      io.error(`error: ${failed.error}`);
      return EXIT.cannotRun;
    }
  }
  if (outcome.bytes) {
    const failed = await io.writeBytes(outcome.bytes);
    if (failed) io.error(`error: ${failed.error}`);
    return failed ? EXIT.cannotRun : outcome.exitCode;
  }
  return deliver(outcome, io, o.lang);
}

async function template(o: TemplateOptions, io: CommandIo): Promise<TemplateOutcome> {
  const versions = await rulesOrFail(o.rules, io);
  if (!Array.isArray(versions)) return versions;
  const known = [...new Set(versions.map((v) => v.rule.programme.id))].sort();
  const unknown = o.programmes.filter((p) => !known.includes(p));
  if (unknown.length > 0)
    return cannotRun(
      unknown.map((programme) =>
        diagnostic('rules/unknown-programme', '--programme', '', undefined, { programme, known: known.join(', ') }),
      ),
    );
  const chosen = o.programmes.length === 0 ? versions : versions.filter((v) => o.programmes.includes(v.rule.programme.id));

  const { templateFacts } = await import('../template/facts.js');
  if (o.format === 'csv' || o.format === 'xlsx') {
    const sheet = await import('../sheets/template.js');
    const facts = templateFacts(chosen);
    if (o.format === 'csv') return { exitCode: EXIT.ok, output: sheet.templateCsv(facts), diagnostics: [] };
    const { writeXlsx } = await import('../sheets/write-xlsx.js');
    return { exitCode: EXIT.ok, output: '', bytes: writeXlsx(sheet.templateSheets(facts)), diagnostics: [] };
  }
  const { renderTemplate } = await import('../template/profile-yaml.js');
  const factsFrom = o.rules === BUNDLED_RULES ? '' : ` --facts-from ${o.rules}`;
  const output = renderTemplate({
    facts: templateFacts(chosen),
    lang: o.lang,
    schemaRef: o.schemaRef,
    schemaCommand: `subsidy-check schema${factsFrom} --output ${o.schemaRef}`,
  });
  if (o.schemaOut === undefined) return { exitCode: EXIT.ok, output, diagnostics: [] };
  const { profileJsonSchema } = await import('../profile/json-schema.js');
  return { exitCode: EXIT.ok, output, diagnostics: [], schema: `${JSON.stringify(profileJsonSchema(versions), null, 2)}\n` };
}

/**
 * `schema`: the JSON Schema of the profile format (from the vocabulary and the loaded rules' facts),
 * with `--rules` of rule files, or with a document name of a JSON document the tool writes.
 */
import type { DocumentName } from '../contracts/document-names.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface SchemaOptions {
  /** The rule-file schema instead of the profile schema. */
  ruleFiles: boolean;
  /** The rules whose declared facts the profile schema includes. */
  rules: string;
  /** A JSON document the tool writes (`report`, `rules-list`, …) instead of the profile schema. */
  document?: DocumentName;
}

export function runSchema(options: SchemaOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(schema(options, io), io, 'en');
}

const printed = (schema: Record<string, unknown>): CommandOutcome => ({
  exitCode: EXIT.ok,
  output: `${JSON.stringify(schema, null, 2)}\n`,
  diagnostics: [],
});

async function schema(options: SchemaOptions, io: CommandIo): Promise<CommandOutcome> {
  if (options.document) {
    const { documentJsonSchema } = await import('../contracts/json-schema.js');
    return printed(await documentJsonSchema(options.document));
  }
  if (options.ruleFiles) {
    const { rulesJsonSchema } = await import('../rules/json-schema.js');
    return printed(rulesJsonSchema());
  }
  const versions = await rulesOrFail(options.rules, io);
  if (!Array.isArray(versions)) return versions;
  const { profileJsonSchema } = await import('../profile/json-schema.js');
  return printed(profileJsonSchema(versions));
}

/** `schema`: the JSON Schema of the profile format (from the vocabulary and the loaded rules' facts), or with `--rules` of rule files. */
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { deliver, rulesOrFail, type CommandOutcome } from './rules-outcome.js';

export interface SchemaOptions {
  /** The rule-file schema instead of the profile schema. */
  ruleFiles: boolean;
  /** The rules whose declared facts the profile schema includes. */
  rules: string;
}

export function runSchema(options: SchemaOptions, io: CommandIo): Promise<ExitCode> {
  return deliver(schema(options, io), io, 'en');
}

async function schema(options: SchemaOptions, io: CommandIo): Promise<CommandOutcome> {
  if (options.ruleFiles) {
    const { rulesJsonSchema } = await import('../rules/json-schema.js');
    return { exitCode: EXIT.ok, output: `${JSON.stringify(rulesJsonSchema(), null, 2)}\n`, diagnostics: [] };
  }
  const versions = await rulesOrFail(options.rules, io);
  if (!Array.isArray(versions)) return versions;
  const { profileJsonSchema } = await import('../profile/json-schema.js');
  return { exitCode: EXIT.ok, output: `${JSON.stringify(profileJsonSchema(versions), null, 2)}\n`, diagnostics: [] };
}

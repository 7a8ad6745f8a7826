/** `subsidy-check schema [--rules]`: JSON Schema for editors, of profiles or (with --rules) of rule files. */
import { Command, Option } from 'commander';
import { BUNDLED_RULES } from '../io/rules.js';
import { emit } from './emit.js';
import type { Done } from './options.js';

const HELP = `
Examples:
  $ subsidy-check schema > profile.schema.json
  $ subsidy-check schema --facts-from my-rules/ > profile.schema.json
  $ subsidy-check schema --rules > rules.schema.json

In a YAML file, the first line  # yaml-language-server: $schema=profile.schema.json  lets editors complete and check it.`;

export function schemaCommand(done: Done): Command {
  return new Command('schema')
    .description('JSON Schema of the profile format (or, with --rules, of rule files) for editors')
    .option('--rules', 'the schema of rule files instead of profiles')
    .addOption(new Option('--facts-from <dir|file>', 'rules whose declared facts the profile schema includes (default: the bundled rules)').default(BUNDLED_RULES, 'bundled'))
    .option('--output <file>', 'write to a file instead of standard output')
    .addHelpText('after', HELP)
    .action(async (o: { rules?: boolean; factsFrom: string; output?: string }) => {
      const { runSchema } = await import('../commands/schema.js');
      done(await emit((io) => runSchema({ ruleFiles: o.rules ?? false, rules: o.factsFrom }, io), o.output));
    });
}

/** `subsidy-check schema [document] [--rules]`: JSON Schema of profiles, of rule files (--rules), or of a JSON document the tool writes. */
import { Argument, Command, Option } from 'commander';
import { DOCUMENTS, type DocumentName } from '../contracts/document-names.js';
import { BUNDLED_RULES } from '../io/rules.js';
import { emit } from './emit.js';
import type { Done } from './options.js';

const HELP = `
Examples:
  $ subsidy-check schema > profile.schema.json
  $ subsidy-check schema --facts-from my-rules/ > profile.schema.json
  $ subsidy-check schema --rules > rules.schema.json
  $ subsidy-check schema report > report.schema.json

In a YAML file, the first line  # yaml-language-server: $schema=profile.schema.json  lets editors complete and check it.
A document's schema validates what the command writes with --format json: report (check), explain, rules-list,
rules-lint, rules-test, rules-diff; its $id is the document's own "schema" field (subsidy-check/report@1).`;

export function schemaCommand(done: Done): Command {
  return new Command('schema')
    .description('JSON Schema of the profile format (or, with --rules, of rule files) for editors, or of a JSON document the tool writes')
    .addArgument(new Argument('[document]', 'a JSON document the tool writes, instead of the profile format').choices(DOCUMENTS))
    .option('--rules', 'the schema of rule files instead of profiles')
    .addOption(
      new Option('--facts-from <dir|file>', 'rules whose declared facts the profile schema includes').default(
        BUNDLED_RULES,
        'the bundled rules',
      ),
    )
    .option('--output <file>', 'write to a file instead of standard output')
    .addHelpText('after', HELP)
    .hook('preAction', (command) => {
      const [document] = command.processedArgs as [DocumentName | undefined];
      if (document && command.opts<{ rules?: boolean }>().rules)
        command.error(`error: --rules is the rule-file schema; it cannot be combined with the document "${document}"`);
    })
    .action(async (document: DocumentName | undefined, o: { rules?: boolean; factsFrom: string; output?: string }) => {
      const { runSchema } = await import('../commands/schema.js');
      done(
        await emit((io) => runSchema({ ruleFiles: o.rules ?? false, rules: o.factsFrom, ...(document ? { document } : {}) }, io), o.output),
      );
    });
}

/**
 * `subsidy-check schema <document>` on the command line: the names it takes, and that a document and
 * `--rules` together is a usage error (src/cli.ts turns any CommanderError into exit 2). What it
 * prints is tested in documents.test.ts; this parses argv in process, without running the command.
 */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { schemaCommand } from '../../src/cli/schema.js';

/** Parse argv as `subsidy-check schema …` would; the usage error it throws, or undefined when it would run. */
async function usageError(args: string[]): Promise<{ message: string; stderr: string } | undefined> {
  let stderr = '';
  let ran = false;
  const command = schemaCommand(() => undefined)
    .exitOverride()
    .configureOutput({ writeErr: (s) => (stderr += s), writeOut: () => undefined });
  // Stop before the action runs: only the parsing is under test here.
  command.hook('preAction', () => {
    ran = true;
    throw new Error('ran');
  });
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { message: error.message, stderr };
    if (ran) return undefined;
    throw error;
  }
  return undefined;
}

describe('schema <document>', () => {
  it.each(['report', 'explain', 'rules-list', 'rules-lint', 'rules-test', 'rules-diff'])('takes %s', async (name) => {
    expect(await usageError([name])).toBeUndefined();
  });

  it('still takes no document (the profile schema) and --rules alone', async () => {
    expect(await usageError([])).toBeUndefined();
    expect(await usageError(['--rules'])).toBeUndefined();
  });

  it('names the documents it knows when given another', async () => {
    expect((await usageError(['rules-show']))?.stderr).toContain(
      'Allowed choices are report, explain, rules-list, rules-lint, rules-test, rules-diff',
    );
  });

  it('refuses a document together with --rules, saying why', async () => {
    expect((await usageError(['report', '--rules']))?.stderr).toContain(
      '--rules is the rule-file schema; it cannot be combined with the document "report"',
    );
  });
});

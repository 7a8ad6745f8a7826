/**
 * The command line: the program and its commands, and the one place an outcome becomes
 * `process.exitCode`. It never calls `process.exit()`, so Node flushes large output to a pipe.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, SIGNAL_EXIT } from './exit-codes.js';
import { checkCommand } from './cli/check.js';
import { explainCommand } from './cli/explain.js';
import { pkg, type Done } from './cli/options.js';
import { rulesCommand } from './cli/rules.js';
import { schemaCommand } from './cli/schema.js';
import { templateCommand } from './cli/template.js';
import { removePendingOutputs } from './io/atomic-output.js';
import { guardStderr, writeError } from './io/terminal.js';

/** Ctrl-C or a CI timeout: remove the temporary `--output` file, keep the previous report, and stop. */
function stopOnSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removePendingOutputs();
      process.exit(code);
    });
  }
}

function program(done: Done): Command {
  return new Command('subsidy-check')
    .description('Which support measures of a guideline a company qualifies for, and the most it can receive.')
    .version(pkg.version)
    .option('--debug', 'print stack traces of internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .addCommand(checkCommand(done))
    .addCommand(explainCommand(done))
    .addCommand(rulesCommand(done))
    .addCommand(schemaCommand(done))
    .addCommand(templateCommand(done));
}

/**
 * The commands on these arguments, in this process, and the exit code they end with. main adds what
 * belongs to the process (stderr guard, signals, the exit code); tests drive the CLI through this.
 */
export async function run(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  try {
    const cli = program((code) => {
      exitCode = code;
    });
    for (const c of cli.commands) c.exitOverride().showHelpAfterError('(run with --help for usage)');
    await cli.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    return exitFor(error, debug);
  }
}

export async function main(argv: readonly string[]): Promise<void> {
  guardStderr();
  stopOnSignals();
  process.once('exit', unfinished);
  process.exitCode = await run(argv);
  process.off('exit', unfinished);
}

/**
 * The process ends while the run has not settled: its event loop emptied with work lost (a promise no
 * one settles). That must not end in success. The bin is CommonJS (bin/bundle-loader.js), so Node no
 * longer ends such a run with 13 as it did an unsettled top-level await; a signal's exit (its own code)
 * is left as it is.
 */
function unfinished(): void {
  if (process.exitCode !== undefined) return;
  writeError('internal error: the run stopped before it finished (run with --debug for details, and please report it)\n');
  process.exitCode = EXIT.cannotRun;
}

/** Commander has already printed its usage message; an internal error is reported without a trace unless --debug. */
function exitFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
  writeError(`internal error: ${(error as Error)?.message ?? String(error)}\n`);
  writeError(debug ? `${(error as Error)?.stack}\n` : '(run with --debug for details, and please report it)\n');
  return EXIT.cannotRun;
}

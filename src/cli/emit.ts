/** A rule-lifecycle outcome onto the terminal: diagnostics to stderr, the output to stdout or --output, the exit code back. */
import type { CommandOutcome } from '../commands/rules-outcome.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { EXIT } from '../exit-codes.js';
import { openSink } from '../io/sink.js';
import { writeError } from '../io/terminal.js';
import { messageLang, type Lang } from '../report/lang.js';

export async function emit(outcome: CommandOutcome, lang: Lang, output?: string): Promise<number> {
  for (const d of outcome.diagnostics) writeError(`${formatDiagnostic(d, messageLang(lang))}\n`);
  if (!outcome.output) return outcome.exitCode;
  const sink = await openSink(output);
  if ('error' in sink) {
    writeError(`error: ${sink.error}\n`);
    return EXIT.cannotRun;
  }
  await sink.write(outcome.output);
  await sink.close();
  return outcome.exitCode;
}

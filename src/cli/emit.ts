/** A rule-lifecycle outcome onto the terminal: diagnostics to stderr, the output to stdout or --output, the exit code back. */
import type { CommandOutcome } from '../commands/rules-outcome.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { EXIT } from '../exit-codes.js';
import { deliver, openSink } from '../io/sink.js';
import { writeError } from '../io/terminal.js';
import { messageLang, type Lang } from '../report/lang.js';

/** `overwrite: false` (template): an existing file is refused unless the user said --force. */
export async function emit(outcome: CommandOutcome, lang: Lang, output?: string, { overwrite = true }: { overwrite?: boolean } = {}): Promise<number> {
  for (const d of outcome.diagnostics) writeError(`${formatDiagnostic(d, messageLang(lang))}\n`);
  if (!outcome.output) return outcome.exitCode;
  const sink = await openSink(output, { overwrite });
  if ('error' in sink) {
    writeError(`error: ${sink.error}\n`);
    return EXIT.cannotRun;
  }
  const text = outcome.output;
  // The output is whole once computed: delivered whatever the exit code (a lint report that exits 2 too).
  const written = await deliver(sink, async () => (await sink.write(text), EXIT.ok), (line) => writeError(`${line}\n`));
  return written === EXIT.ok ? outcome.exitCode : written;
}

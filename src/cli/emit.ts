/**
 * A command that answers in one piece, run on the machine: diagnostics to stderr as they come, the
 * output collected and then written to stdout or --output (opened only when there is output,
 * atomically), the exit code back. A binary output (the xlsx template) is written by the io as it comes.
 */
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { nodeIo } from '../io/node-io.js';
import { deliver, openSink } from '../io/sink.js';
import { writeError } from '../io/terminal.js';

/** `overwrite: false` (template): an existing file is refused unless the user said --force. */
export async function emit(
  run: (io: CommandIo) => Promise<ExitCode>,
  output?: string,
  { overwrite = true }: { overwrite?: boolean } = {},
): Promise<number> {
  let text = '';
  const exitCode = await run(
    nodeIo({
      write: async (t) => {
        text += typeof t === 'string' ? t : Buffer.from(t).toString('utf8');
      },
      output,
      overwrite,
    }),
  );
  if (!text) return exitCode;
  const sink = await openSink(output, { overwrite });
  if ('error' in sink) {
    writeError(`error: ${sink.error}\n`);
    return EXIT.cannotRun;
  }
  // The output is whole once computed: delivered whatever the exit code (a lint report that exits 2 too).
  const written = await deliver(
    sink,
    async () => {
      await sink.write(text);
      return EXIT.ok;
    },
    (line) => writeError(`${line}\n`),
  );
  return written === EXIT.ok ? exitCode : written;
}

/**
 * A command that answers in one piece, run on the machine: diagnostics to stderr as they come, the
 * output collected and then written to stdout or --output (opened only when there is output), the
 * exit code back. A binary output (the xlsx template) is written by the io as it comes.
 */
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { CommandIo } from '../io/command-io.js';
import { nodeIo } from '../io/node-io.js';
import { openSink } from '../io/sink.js';
import { writeError } from '../io/terminal.js';

export async function emit(run: (io: CommandIo) => Promise<ExitCode>, output?: string): Promise<number> {
  let text = '';
  const exitCode = await run(
    nodeIo({
      write: async (t) => {
        text += t;
      },
      output,
    }),
  );
  if (!text) return exitCode;
  const sink = await openSink(output);
  if ('error' in sink) {
    writeError(`error: ${sink.error}\n`);
    return EXIT.cannotRun;
  }
  await sink.write(text);
  await sink.close();
  return exitCode;
}

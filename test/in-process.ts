/**
 * A command run in this process through the machine's CommandIo (the real file system), with what
 * it writes captured as the CLI would print it: for tests that need files on disk but no new process.
 */
import type { ExitCode } from '../src/exit-codes.js';
import type { CommandIo } from '../src/io/command-io.js';
import { nodeIo } from '../src/io/node-io.js';
import { readProfileText } from '../src/io/read-text.js';

export interface InProcessRun {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

export async function inProcess(run: (io: CommandIo) => Promise<ExitCode>, stdin = ''): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const bytes = async () => new TextEncoder().encode(stdin);
  const io: CommandIo = {
    ...nodeIo({
      write: async (text) => {
        stdout += text;
      },
    }),
    error: (line) => {
      stderr += `${line}\n`;
    },
    progress: () => ({ tick: () => undefined, done: () => undefined }),
    stdinBytes: bytes,
    readProfile: (file) => readProfileText(file, bytes),
  };
  const code = await run(io);
  return { code, stdout, stderr };
}

/**
 * The command line run in this process: the same arguments as test/e2e/run.ts's `cli`, parsed by the
 * same program (src/cli.ts `run`), on the machine's files, with what it writes to stdout and stderr
 * captured and without colour, as a user piping it would see it. No new process: a test of a flag, a
 * format or an exit code costs milliseconds instead of a Node start-up. Standard input, signals,
 * threads and a closed stream are the process's own; those tests spawn the built CLI (`cli`). Worker
 * threads start from dist/: a check of 200 inputs or more without `--jobs 1` belongs there too.
 */
import { fstatSync } from 'node:fs';
import { run } from '../src/cli.js';
import type { Run } from './e2e/run.js';

type Write = typeof process.stdout.write;

/** Replaces a stream's write for the run; what is written is kept as UTF-8 text, as spawnSync decodes it. */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const write = stream.write;
  const listeners = stream.listeners('error');
  stream.write = ((
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | ((e?: Error | null) => void),
    done?: (e?: Error | null) => void,
  ) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = typeof encoding === 'function' ? encoding : done;
    if (callback) queueMicrotask(() => callback(null));
    return true;
  }) as Write;
  return {
    text: () => chunks.join(''),
    restore() {
      stream.write = write;
      // The stdout sink listens for a closed pipe; a run in this process leaves no listener behind.
      for (const l of stream.listeners('error')) if (!listeners.includes(l)) stream.removeListener('error', l as () => void);
    },
  };
}

/** `env`: variables set for the run (an empty string unsets one for the CLI, as `NO_COLOR=` does). */
export async function cliIn(args: string[], { env = {} }: { env?: Record<string, string> } = {}): Promise<Run> {
  // A report to a file-backed stdout is written to fd 1 directly (src/io/sink.ts), past this capture:
  // vitest's forks pool gives each test file a socket, never a file.
  if (fstatSync(1).isFile()) throw new Error('cliIn needs a stdout that is not a file (the forks pool)');
  const set = { NO_COLOR: '1', FORCE_COLOR: '', ...env };
  const saved = Object.fromEntries(Object.keys(set).map((key) => [key, process.env[key]]));
  Object.assign(process.env, set);
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  try {
    const code = await run(['node', 'subsidy-check', ...args]);
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    stdout.restore();
    stderr.restore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** `check` run in this process through `runCheck`, with every output captured: fast enough for one run per file. */
import { runCheck, type CheckOptions } from '../../src/commands/check.js';
import { nodeIo } from '../../src/io/node-io.js';
import { readProfileText } from '../../src/io/read-text.js';
import { checkOptions } from '../check-options.js';
import { Report } from '../../src/contracts/report.js';

export interface InProcess {
  exit: number;
  /** The JSON report as written, when there is one. */
  report: Report | undefined;
  /** Whether that report matches the report schema (a known gap can break it). */
  conforms: boolean;
  stderr: string[];
}

export async function checkInProcess(inputs: string[], options: Partial<CheckOptions> = {}): Promise<InProcess> {
  let stdout = '';
  const stderr: string[] = [];
  const exit = await runCheck(checkOptions(inputs, { detail: 'full', ...options }), {
    ...nodeIo({
      write: async (text) => {
        stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
      },
    }),
    error: (line) => stderr.push(line),
    progress: () => ({ tick: () => undefined, done: () => undefined }),
    stdinBytes: async () => new Uint8Array(),
    readProfile: (file) => readProfileText(file, async () => new Uint8Array()),
  });
  const report = stdout ? (JSON.parse(stdout) as Report) : undefined;
  return { exit, report, conforms: report !== undefined && Report.safeParse(report).success, stderr };
}

/**
 * Run a command as a child process and measure it: wall time (from this process), peak RSS (GNU
 * time's %M when /usr/bin/time exists, otherwise a preloaded hook reporting process.resourceUsage()
 * of a Node child), the exit code, and stderr. Standard output goes to /dev/null unless asked for:
 * `'pipe'` keeps it, `'file'` writes it to a temporary file whose size is reported (`stdoutBytes`) and
 * which is then deleted, so that every byte a command writes is really written and counted.
 * With a time budget, a run still going when it is spent is stopped (SIGTERM to the measured process,
 * by its id) and reported as timed out, with the peak RSS it had reached.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const HOOK = new URL('./rss-hook.js', import.meta.url);
let counter = 0;

/**
 * @param {string[]} argv command and arguments; argv[0] === process.execPath for a Node script
 * @param {{ env?: Record<string, string>, rss?: boolean, stdout?: 'ignore' | 'pipe' | 'file', budgetSeconds?: number }} [options]
 * @returns {Promise<{ seconds: number, maxRssBytes: number | null, exitCode: number | null, timedOut: boolean, stderr: string, stdout: string, stdoutBytes: number | null }>}
 */
export function measureChild(argv, { env = {}, rss = true, stdout = 'ignore', budgetSeconds = Infinity } = {}) {
  const report = join(tmpdir(), `subsidy-bench-${process.pid}-${counter++}.rss`);
  const useTime = rss && existsSync(GNU_TIME);
  const useHook = rss && !useTime && argv[0] === process.execPath;
  const command = useTime ? [GNU_TIME, '-f', '%M', '-o', report, ...argv] : argv;
  const childEnv = { ...process.env, NO_COLOR: '1', ...env };
  if (useHook) {
    childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ''} --import=${pathToFileURL(HOOK.pathname).href}`.trim();
    childEnv.SUBSIDY_BENCH_RSS_FILE = report;
  }
  const outFile = stdout === 'file' ? join(tmpdir(), `subsidy-bench-${process.pid}-${counter}.out`) : null;
  const outFd = outFile ? openSync(outFile, 'w') : null;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command[0], command.slice(1), { env: childEnv, stdio: ['ignore', outFd ?? stdout, 'pipe'] });
    if (outFd !== null) closeSync(outFd);
    let stderr = '';
    let out = '';
    child.stderr.on('data', (d) => {
      if (stderr.length < 1 << 16) stderr += d;
    });
    child.stdout?.on('data', (d) => (out += d));
    child.on('error', reject);
    let timedOut = false;
    const timer = Number.isFinite(budgetSeconds)
      ? setTimeout(() => {
          timedOut = true;
          stop(child.pid, useTime);
        }, budgetSeconds * 1000)
      : undefined;
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let maxRssBytes = null;
      if (existsSync(report)) {
        const kb = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) maxRssBytes = useTime ? kb * 1024 : kb;
        rmSync(report, { force: true });
      }
      let stdoutBytes = null;
      if (outFile) {
        stdoutBytes = statSync(outFile).size;
        rmSync(outFile, { force: true });
      }
      // GNU time reports a failing command on its own stderr line; keep the child's own stderr only.
      resolve({
        seconds,
        maxRssBytes,
        exitCode: code,
        timedOut,
        stderr: stderr.replace(/^Command exited with non-zero status \d+\n?/m, ''),
        stdout: out,
        stdoutBytes,
      });
    });
  });
}

/** Stop the measured process: under GNU time, its child (so that time still reports); else the child itself. */
function stop(pid, underTime) {
  let target = pid;
  if (underTime) {
    try {
      target = Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0]) || pid;
    } catch {
      target = pid;
    }
  }
  try {
    process.kill(target, 'SIGTERM');
  } catch {
    // already gone
  }
}

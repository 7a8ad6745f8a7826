/** Runs the built CLI as a user would, without colour, and returns what a user would see. */
import { spawnSync } from 'node:child_process';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env`: variables set for the run, over the defaults (no colour). */
export function cli(args: string[], input?: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, ['bin/subsidy-check.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

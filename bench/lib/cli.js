/** The CLI under test, and what its `check --help` says it can do (the batch options arrive over time). */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../bin/subsidy-check.js', import.meta.url));

export function cliCapabilities() {
  const help = execFileSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const formats = /--format <name>[\s\S]*?choices: ([\s\S]*?)(?:default:|\))/.exec(help)?.[1] ?? '';
  return {
    jobs: /--jobs\b/.test(help),
    inputFormatNdjson: /--input-format\b[\s\S]*?"ndjson"/.test(help),
    ndjsonOutput: /"ndjson"/.test(formats),
    formats: [...formats.matchAll(/"([^"]+)"/g)].map((m) => m[1]),
  };
}

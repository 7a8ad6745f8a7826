/**
 * Debian's headless Chromium, launched directly: no download, no network, a fresh profile folder per
 * run. A missing browser is a failure that says how to install it, never a skipped test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INSTALL = 'apt-get update && apt-get install -y chromium fonts-wqy-zenhei';
const BINARY = process.env.CHROMIUM ?? 'chromium';

/** A4 at 150 dots per inch. */
export const A4_WINDOW = '1240,1754';

/** Throws, naming the install command, when there is no browser to run. */
export function requireChromium(): string {
  try {
    return execFileSync(BINARY, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new Error(`${BINARY} is not installed: the HTML report is tested in a real headless Chromium. Install it with: ${INSTALL}`);
  }
}

/** Runs the browser on a local file with extra flags; returns what it prints (the DOM, with --dump-dom). */
export function chromium(file: string, flags: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'subsidy-chromium-'));
  try {
    const r = spawnSync(
      BINARY,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        ...flags,
        `file://${file}`,
      ],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`${BINARY} exited with ${r.status ?? r.signal}: ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Width and height from a PNG's header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

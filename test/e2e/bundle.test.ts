/**
 * The bundle (scripts/bundle.js) prints what the sources print: the built CLI's tables, run as a user
 * would, against the same command line parsed and run in this process from src/. The bundler changes
 * how the code is laid out in files and patches a dependency's debug-only work (cli-table3's cell
 * preview); neither may change a byte of output.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli-in-process.js';
import { cli } from './run.js';

const AS_OF = ['--as-of', '2022-07-05'];
const PROFILES = readdirSync('fixtures/profiles')
  .filter((f) => !f.startsWith('invalid'))
  .map((f) => `fixtures/profiles/${f}`);

async function same(args: string[], env: Record<string, string> = {}): Promise<string> {
  const built = cli(args, undefined, env);
  const sources = await cliIn(args, { env });
  expect(built.stdout.length).toBeGreaterThan(0);
  expect({ code: built.code, stdout: built.stdout, stderr: built.stderr }).toEqual(sources);
  return built.stdout;
}

describe('the bundled CLI prints what the sources print', () => {
  it.each(PROFILES)('check %s as a table, in both languages (cells of several lines, Chinese text)', async (file) => {
    await same(['check', file, ...AS_OF, '--lang', 'both']);
  });

  it('in colour, where a cell carries escape codes across its lines', async () => {
    const out = await same(['check', 'fixtures/profiles/zhiyuan-ai.yaml', ...AS_OF, '--lang', 'zh'], { FORCE_COLOR: '1', NO_COLOR: '' });
    expect(out).toContain('\u001b[31m');
  });

  it('for a folder: the portfolio table, which wraps its cells itself', async () => {
    await same(['check', 'fixtures/profiles', ...AS_OF]);
  });
});

describe('the bin', () => {
  it('ends a run whose work was lost (its event loop empty, the run unsettled) with exit code 2, not 0', () => {
    // Standard output that never drains: the report's write waits for ever, and nothing keeps the loop alive.
    const script = `process.stdout.write = () => false;
      require('./bin/bundle-loader.js').loadBundle('cli.js').main([process.execPath, 'subsidy-check', ...process.argv.slice(1)]);`;
    const r = spawnSync(process.execPath, ['-e', script, 'check', 'fixtures/profiles/zhiyuan-ai.yaml', ...AS_OF], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toContain('internal error: the run stopped before it finished');
    expect(r.status).toBe(2);
  });
});

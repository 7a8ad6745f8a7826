/** Batch checking as a CI job does it: folders, globs, streams, threads, shards, hostile files. */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../src/commands/check.js';
import {
  CompactFileResult,
  CompactReport as Report,
  NdjsonHeader,
  NdjsonSummary,
  Report as FullReport,
} from '../../src/contracts/report.js';
import { cli } from './run.js';
import { inShard } from '../../src/batch/shard.js';
import { cliIn } from '../cli-in-process.js';
import { checkOptions } from '../check-options.js';
import { inProcess } from '../in-process.js';
import { scratch } from '../scratch.js';

/**
 * `--jobs` is capped at the cores (workersFor): on one core `--jobs 2` runs on one thread, and a test
 * comparing it with `--jobs 1` would pass without a worker; those tests are skipped there.
 */
const twoCores = availableParallelism() >= 2;

const at = ['--as-of', '2022-07-05'];
const profiles = readdirSync('fixtures/profiles')
  .filter((f) => !f.startsWith('invalid'))
  .map((f) => join('fixtures/profiles', f));

/** The valid fixtures, each as one line of JSON. */
const profileLines = () =>
  profiles.map((p) =>
    JSON.stringify(p.endsWith('.json') ? JSON.parse(readFileSync(p, 'utf8')) : (parse(readFileSync(p, 'utf8')) as unknown)),
  );

/**
 * A stream's lines: 400 profiles in turn, with blank lines, broken ones, a line longer than a chunk read
 * (64 KiB, so it spans reads and slices) and one past the size limit (`tooLarge`: its line number).
 */
function mixedStream(): { body: string[]; tooLarge: number } {
  const lines = profileLines();
  const body: string[] = [];
  let tooLarge = 0;
  for (let i = 0; i < 400; i++) {
    body.push(lines[i % lines.length]!);
    if (i % 37 === 0) body.push('');
    if (i % 53 === 0) body.push('{"company": {"name": "坏"}, ');
    if (i === 120) body.push(JSON.stringify({ company: { name: '长', note: '长'.repeat(40_000) } }));
    if (i === 250) tooLarge = body.push('x'.repeat(5 * 1024 * 1024 + 1));
  }
  return { body, tooLarge };
}

/** A folder of n profiles copied round-robin from the valid fixtures, plus the given extra files. */
function batch(n: number): string {
  const dir = scratch('sc-batch-');
  for (let i = 0; i < n; i++) {
    const from = profiles[i % profiles.length]!;
    copyFileSync(from, join(dir, `p${String(i).padStart(4, '0')}${from.endsWith('.json') ? '.json' : '.yaml'}`));
  }
  return dir;
}

const json = (stdout: string) => Report.parse(JSON.parse(stdout));

describe('threads and shards', () => {
  let dir: string;
  beforeAll(() => {
    dir = batch(260);
  });

  it.skipIf(!twoCores)('gives byte-identical output with --jobs 1 and --jobs 2', () => {
    const one = cli(['check', dir, ...at, '--format', 'json', '--jobs', '1']);
    const two = cli(['check', dir, ...at, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(json(one.stdout).results).toHaveLength(260);
  });

  it('writes the same bytes to standard output redirected to a file (gathered into large writes) as to a pipe', () => {
    const piped = cli(['check', dir, ...at, '--format', 'ndjson', '--jobs', '2']);
    const file = join(scratch('sc-stdout-'), 'out.ndjson');
    const fd = openSync(file, 'w');
    const r = spawnSync(process.execPath, ['bin/subsidy-check.js', 'check', dir, ...at, '--format', 'ndjson', '--jobs', '2'], {
      stdio: ['ignore', fd, 'pipe'],
    });
    closeSync(fd);
    expect(r.status).toBe(0);
    // 260 results of a few kB: several 64 KiB writes and a last one at the end.
    expect(piped.stdout.length).toBeGreaterThan(3 * 64 * 1024);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
  });

  it.skipIf(!twoCores)('gives byte-identical ndjson and csv with --jobs 1 and --jobs 2 (the notes said once in the header)', () => {
    for (const format of ['ndjson', 'csv']) {
      const one = cli(['check', dir, ...at, '--format', format, '--jobs', '1']);
      const two = cli(['check', dir, ...at, '--format', format, '--jobs', '2']);
      expect(one.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('covers every input exactly once over three shards', async () => {
    const names: string[] = [];
    // --jobs 1: in this process there are no built worker files; threads are tested through the built CLI above.
    for (const k of [1, 2, 3])
      names.push(
        ...json((await cliIn(['check', dir, ...at, '--format', 'json', '--shard', `${k}/3`, '--jobs', '1'])).stdout).results.map(
          (r) => r.file,
        ),
      );
    expect(names.sort()).toEqual(
      readdirSync(dir)
        .map((f) => join(dir, f))
        .sort(),
    );
    expect(new Set(names).size).toBe(260);
  });

  it('rejects a malformed shard or job count as usage', async () => {
    expect((await cliIn(['check', dir, '--shard', '4/3'])).code).toBe(2);
    expect((await cliIn(['check', dir, '--jobs', '0'])).code).toBe(2);
  });
});

describe('NDJSON', () => {
  const good = JSON.stringify({ company: { name: '上海测试有限公司', business_district: 'putuo' } });
  let file: string;
  beforeAll(() => {
    file = join(scratch('sc-nd-'), 'profiles.ndjson');
    writeFileSync(file, `${good}\n\n{"company": {"name": "坏"}, \n${good}\n`);
  });

  it('reads one profile per line, names each <file>:<line>, and streams one result per line between a header and a summary', async () => {
    const r = await cliIn(['check', file, ...at, '--input-format', 'ndjson', '--format', 'ndjson']);
    expect(r.code).toBe(3);
    const all = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(NdjsonHeader.parse(all[0])).toMatchObject({ asOf: '2022-07-05', detail: 'compact' });
    expect(NdjsonSummary.parse(all.at(-1))).toMatchObject({ summary: { files: 3, valid: 2, invalid: 1 } });
    const lines = all.slice(1, -1).map((l) => CompactFileResult.parse(l));
    expect(lines.map((l) => [l.file, l.valid])).toEqual([
      [`${file}:1`, true],
      [`${file}:3`, false],
      [`${file}:4`, true],
    ]);
    expect(lines[1]!.diagnostics[0]!.code).toBe('profile/syntax');
  });

  it("says the programmes' stacking notes once, in the header, for compact results; a full result carries them", async () => {
    const lines = async (...extra: string[]) =>
      (await cliIn(['check', file, ...at, '--input-format', 'ndjson', '--format', 'ndjson', ...extra])).stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { programmes?: { id: string; caveats: { code: string; message: string }[] }[] });
    const compact = await lines();
    const header = NdjsonHeader.parse(compact[0]);
    expect(header.ndjson).toBe(2);
    const said = header.programmeNotes!.find((n) => n.programme === 'putuo-digital-transformation')!.caveats;
    expect(said.length).toBeGreaterThan(0);
    const codes = (l: (typeof compact)[number]) => l.programmes!.flatMap((p) => p.caveats.map((c) => c.code));
    expect(compact.slice(1, -1).flatMap(codes)).not.toContain('stacking-note');
    const full = await lines('--detail', 'full');
    expect(NdjsonHeader.parse(full[0])).not.toHaveProperty('programmeNotes');
    const carried = full[1]!.programmes!.find((p) => p.id === 'putuo-digital-transformation')!.caveats;
    expect(carried.filter((c) => c.code === 'stacking-note')).toEqual(said);
  });

  it('reads .ndjson and .jsonl inputs as streams without --input-format; a YAML file beside them keeps every input a profile', async () => {
    const lines = join(scratch('sc-nd-auto-'), 'more.jsonl');
    writeFileSync(lines, `${good}\n`);
    const asked = await cliIn(['check', file, lines, ...at, '--input-format', 'ndjson', '--format', 'ndjson']);
    const found = await cliIn(['check', file, lines, ...at, '--format', 'ndjson']);
    expect(found).toEqual(asked);
    expect(found.stdout).toContain(`"file":"${lines}:1"`);
    const mixed = await cliIn(['check', file, 'fixtures/profiles/zhiyuan-ai.yaml', ...at, '--format', 'csv']);
    expect(mixed.stdout.split('\n').filter((l) => l.startsWith(`${file},`))[0]).toContain('profile/syntax');
  });

  it('checks one line by the name its result has (<file>:<line>), as the stream does; a blank line is that input’s error', async () => {
    const stream = (await cliIn(['check', file, ...at, '--format', 'json'])).stdout;
    const whole = new Map(json(stream).results.map((r) => [r.file, r]));
    const named = await cliIn(['check', `${file}:4`, `${file}:3`, `${file}:2`, ...at, '--format', 'json']);
    expect(named.code).toBe(3);
    const results = json(named.stdout).results;
    expect(results.map((r) => r.file)).toEqual([`${file}:4`, `${file}:3`, `${file}:2`]);
    expect(results.slice(0, 2)).toEqual([whole.get(`${file}:4`), whole.get(`${file}:3`)]);
    expect(named.stderr).toContain(`${file}:2 error io/no-such-line line 2 is blank: no profile on it`);
    // One line is one company: its table, not a portfolio row.
    const table = await cliIn(['check', `${file}:1`, ...at, '--no-color']);
    expect(table.stdout).toContain('上海测试有限公司');
    expect(table.stdout).not.toContain('Portfolio total');
    // explain takes the same name; a blank line is nothing to explain (exit 2).
    const explained = await cliIn(['explain', `${file}:4`, ...at, '--format', 'json']);
    expect(explained.code).toBe(0);
    expect(JSON.parse(explained.stdout)).toMatchObject({ file: `${file}:4`, company: { name: '上海测试有限公司' } });
    const nothing = await cliIn(['explain', `${file}:2`, ...at]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain(`${file}:2 error io/no-such-line line 2 is blank: no profile on it`);
  });

  it('checks a line named with its whole stream, or by two names, once: a company counts once in the total', async () => {
    const lines = [`${file}:1`, `${file}:3`, `${file}:4`];
    // The whole stream is read as a stream (it was read as one YAML profile once a line was named beside it).
    for (const args of [
      [file, `${file}:4`],
      [`${file}:4`, file],
    ]) {
      const r = json((await cliIn(['check', ...args, ...at, '--format', 'json'])).stdout);
      expect(r.results.map((x) => x.file)).toEqual(lines);
      expect(r.summary.files).toBe(3);
    }
    const twice = json((await cliIn(['check', `${file}:4`, `${dirname(file)}/./profiles.ndjson:4`, ...at, '--format', 'json'])).stdout);
    expect(twice.results.map((x) => x.file)).toEqual([`${file}:4`]);
  });

  it('places a line’s problem in the stream file (file:line:column), for editors, CI logs and GitHub', async () => {
    const r = await cliIn(['check', file, ...at, '--format', 'json']);
    const broken = json(r.stdout).results.find((x) => x.file === `${file}:3`)!;
    const d = broken.diagnostics[0]!;
    expect([d.line, d.column]).toEqual([1, 28]);
    expect(d.at).toBe(`${file}:3:28`);
    expect(r.stderr).toContain(`${file}:3:28 error profile/syntax`);
    const table = await cliIn(['check', file, ...at, '--no-color']);
    expect(table.stdout).toMatch(/profile\/syntax[\s│]*3:28/); // the cell wrapped in its column
    const github = await cliIn(['check', file, ...at, '--format', 'github']);
    const escaped = file.replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(github.stdout).toContain(`::error file=${escaped},line=3,col=28,title=profile/syntax::`);
    // The same line named alone is placed alike.
    const one = await cliIn(['check', `${file}:3`, ...at]);
    expect(one.stderr).toContain(`${file}:3:28 error profile/syntax`);
  });

  it('reads a stream from standard input, with threads', () => {
    const r = cli(['check', '-', ...at, '--input-format', 'ndjson', '--format', 'json', '--jobs', '2'], `${good}\n${good}\n`);
    expect(r.code).toBe(0);
    expect(json(r.stdout).results.map((x) => x.file)).toEqual(['-:1', '-:2']);
  });
});

describe('every file accounted for', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratch('sc-hostile-');
    copyFileSync('fixtures/profiles/huaxin-logistics.yaml', join(dir, 'a-good.yaml'));
    writeFileSync(
      join(dir, 'b-gbk.yaml'),
      Buffer.from([
        0x63, 0x6f, 0x6d, 0x70, 0x61, 0x6e, 0x79, 0x3a, 0x0a, 0x20, 0x20, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xc9, 0xcf, 0xba, 0xa3, 0x0a,
      ]),
    );
    writeFileSync(
      join(dir, 'c-bomb.yaml'),
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 12 },
        (_, i) =>
          `b${i}: &b${i} [${Array(10)
            .fill(i === 0 ? '*a' : `*b${i - 1}`)
            .join(', ')}]`,
      ).join('\n')}\ncompany: { name: bomb }\n`,
    );
    mkdirSync(join(dir, 'd-folder.yaml'));
    symlinkSync('e-loop.yaml', join(dir, 'e-loop.yaml'));
    writeFileSync(join(dir, 'f-multi.yaml'), 'company: { name: A }\n---\ncompany: { name: B }\n');
  });

  it('reports each hostile file once as invalid, and the good one as if alone', async () => {
    const r = await cliIn(['check', dir, ...at, '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const results = json(r.stdout).results;
    expect(results.map((x) => [x.file.slice(dir.length + 1), x.valid, x.diagnostics[0]?.code ?? null])).toEqual([
      ['a-good.yaml', true, null],
      ['b-gbk.yaml', false, 'io/encoding'],
      ['c-bomb.yaml', false, 'profile/syntax'],
      ['d-folder.yaml', false, 'io/read'],
      ['e-loop.yaml', false, 'io/read'],
      ['f-multi.yaml', false, 'profile/syntax'],
    ]);
    const alone = json((await cliIn(['check', join(dir, 'a-good.yaml'), ...at, '--format', 'json'])).stdout).results[0];
    expect({ ...results[0], file: '' }).toEqual({ ...alone, file: '' });
    expect(results[5]!.diagnostics[0]!.message).toContain('one YAML document');
  });

  it('counts a file named twice once', async () => {
    const r = await cliIn(['check', join(dir, 'a-good.yaml'), dir, ...at, '--format', 'json']);
    expect(json(r.stdout).results.filter((x) => x.file.endsWith('a-good.yaml'))).toHaveLength(1);
  });

  it('expands a quoted glob, sorted', async () => {
    const r = await cliIn(['check', 'fixtures/profiles/[sz]*.yaml', ...at, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).results.map((x) => x.file)).toEqual(
      readdirSync('fixtures/profiles')
        .filter((f) => /^[sz].*\.yaml$/.test(f))
        .sort()
        .map((f) => `fixtures/profiles/${f}`),
    );
  });

  it('exits 2 when nothing at all is found, naming why', async () => {
    const r = await cliIn(['check', 'nope.yaml', 'fixtures/nothing-here-*.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no profile found at nope.yaml: no such file or folder');
  });
});

describe('values a consultant writes', () => {
  const profile = (company: object) => stringify({ company: { name: '上海某公司', ...company } });

  // Standard input in this process (the pipe itself is tested through the built CLI in check.test.ts).
  const stdin = (text: string, fields: Partial<CheckOptions> = {}) => inProcess((io) => runCheck(checkOptions(['-'], fields), io), text);

  it('reads empty values as unknown, Chinese list values as their ids, and refuses a misspelt district', async () => {
    const r = await stdin(profile({ credit: '', features: ['在线新经济'], business_district: 'putuo' }), {
      detail: 'full',
      programmes: ['putuo-new-infra-online-economy'],
    });
    expect(r.code).toBe(0);
    const reasons = FullReport.parse(JSON.parse(r.stdout)).results[0]!.programmes[0]!.measures[0]!.reasons;
    expect(reasons.find((x) => x.fact === 'company.credit')).toMatchObject({ result: 'unknown', actual: null });
    expect(reasons.find((x) => x.fact === 'company.features')).toMatchObject({ result: 'pass', actual: ['online-new-economy'] });
    const typo = await stdin(profile({ tax_district: 'purtuo' }));
    expect(typo.code).toBe(3);
    expect(typo.stderr).toContain('did you mean putuo?');
  });

  it('reads JSON from standard input as JSON', async () => {
    const r = await stdin('{"company": {"name": "A",}}');
    expect(r.code).toBe(3);
    expect(json(r.stdout).results[0]!.diagnostics[0]!.message).toContain('JSON');
  });

  it('refuses an --output it cannot write before doing any work', async () => {
    const r = await cliIn(['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--output', '/nonexistent-dir/x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: cannot write /nonexistent-dir/x.json: no such file or folder\n');
  });
});

describe('a reader that stops early', () => {
  it('ends quietly when the pipe closes (| head), with no internal error and no listener warnings', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = batch(300);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node bin/subsidy-check.js check ${dir} --as-of 2022-07-05 --format ndjson --jobs 1 | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`,
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.stderr).toContain('status=0');
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toContain('MaxListenersExceededWarning');
  });
});

describe('a reader of the pipe, line by line', () => {
  // With threads too: a worker's answer goes out without waiting for the next slice to be read.
  it.each(twoCores ? [[[]], [['--jobs', '2']]] : [[[]]])(
    'gets each result while the stream is still open: what is gathered for a large write goes out when the run waits for input (%j)',
    async (jobs: string[]) => {
      const { spawn } = await import('node:child_process');
      const line = JSON.stringify({ company: { name: '上海测试科技有限公司' }, projects: [] });
      const child = spawn(
        process.execPath,
        ['bin/subsidy-check.js', 'check', '-', '--input-format', 'ndjson', '--format', 'ndjson', ...at, ...jobs],
        {
          stdio: ['pipe', 'pipe', 'ignore'],
        },
      );
      let out = '';
      let waiting: (() => void) | undefined;
      child.stdout.on('data', (data: Buffer) => {
        out += data.toString('utf8');
        waiting?.();
      });
      const lines = (n: number) =>
        new Promise<void>((resolve) => {
          waiting = () => {
            if (out.split('\n').length - 1 >= n) resolve();
          };
          waiting();
        });
      // The first profile is answered (header and its line) before the second is sent: a 64 KiB chunk
      // written only when full would hold them until standard input ends.
      child.stdin.write(`${line}\n`);
      await lines(2);
      expect(JSON.parse(out.split('\n')[1]!).file).toBe('-:1');
      child.stdin.end(`${line}\n`);
      const code = await new Promise((resolve) => child.on('close', resolve));
      const all = out.split('\n').filter((l) => l !== '');
      expect(all.map((l) => JSON.parse(l).file ?? null)).toEqual([null, '-:1', '-:2', null]);
      expect(JSON.parse(all[3]!).summary.files).toBe(2);
      expect(code).toBe(0);
    },
  );
});

describe.skipIf(!twoCores)('a stream on worker threads', () => {
  // Lines past a chunk of 64 KiB (the slices a worker gets), blank lines, CRLF, a broken line, a line past
  // the size limit; beside it a missing input and standard input.
  let file: string;
  let dir: string;
  let stdin: string;
  let largeLine: number;
  beforeAll(() => {
    dir = scratch('sc-nd-threads-');
    const lines = profileLines();
    const { body, tooLarge } = mixedStream();
    largeLine = tooLarge;
    file = join(dir, 'profiles.ndjson');
    writeFileSync(file, body.map((l, i) => (i % 5 === 0 ? `${l}\r` : l)).join('\n'));
    stdin = `${lines[0]}\n\n${lines[1]}\n`;
  });

  const run = (jobs: string, ...extra: string[]) =>
    cli(['check', file, join(dir, 'missing.ndjson'), '-', ...at, '--input-format', 'ndjson', '--jobs', jobs, ...extra], stdin);

  it('writes every format byte for byte as one thread does, with the same diagnostics and exit code', () => {
    for (const extra of [
      ['--format', 'ndjson'],
      ['--format', 'json'],
      ['--format', 'csv'],
      ['--format', 'junit'],
      ['--format', 'ndjson', '--detail', 'full'],
    ]) {
      const one = run('1', ...extra);
      const two = run('2', ...extra);
      expect(one.code).toBe(3);
      expect(two).toEqual(one);
    }
    const rows = run('2', '--format', 'ndjson')
      .stdout.trim()
      .split('\n')
      .slice(1, -1)
      .map((l) => JSON.parse(l) as { file: string; diagnostics: { code: string }[] });
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.find((r) => r.file === `${file}:${largeLine}`)?.diagnostics.map((d) => d.code)).toEqual(['io/too-large']);
    expect(rows.some((r) => r.file === `${file}:${largeLine + 1}`)).toBe(true);
    expect(rows.slice(-3).map((r) => r.file)).toEqual([join(dir, 'missing.ndjson'), '-:1', '-:3']);
  });

  it('gives the same shards, and an --output file, as one thread', () => {
    for (const shard of ['1/3', '3/3'])
      expect(run('2', '--format', 'ndjson', '--shard', shard)).toEqual(run('1', '--format', 'ndjson', '--shard', shard));
    const out = join(dir, 'out.ndjson');
    const two = run('2', '--format', 'ndjson', '--output', out);
    expect(two.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe(run('1', '--format', 'ndjson').stdout);
  });
});

describe('a stream on one thread, by slices of lines', () => {
  // The stream's output is made a slice at a time (src/batch/made-stream.ts `streamHere`); the same
  // profiles listed as files go result by result. Beside the stream: a missing input, and standard input.
  let file: string;
  let dir: string;
  let stdin: string;
  /** Each non-blank line of the stream, and of standard input, as a file of its own named by its line. */
  let asFiles: string;
  let stdinAsFiles: string;
  beforeAll(() => {
    dir = scratch('sc-nd-slices-');
    const lines = profileLines();
    const { body } = mixedStream();
    const crlf = body.map((l, i) => (i % 5 === 0 && l.trim() !== '' && l.length < 1024 * 1024 ? `${l}\r` : l));
    file = join(dir, 'profiles.ndjson');
    writeFileSync(file, crlf.join('\n'));
    stdin = `${lines[0]}\n\n${lines[3]}\r\n`;
    asFiles = join(dir, 'lines');
    stdinAsFiles = join(dir, 'stdin-lines');
    const write = (folder: string, text: string) => {
      mkdirSync(folder);
      text.split('\n').forEach((line, i) => {
        if (line.trim() !== '') writeFileSync(join(folder, `${String(i + 1).padStart(5, '0')}.json`), line.replace(/\r$/, ''));
      });
    };
    write(asFiles, crlf.join('\n'));
    write(stdinAsFiles, stdin);
  });

  /** The stream's names of lines as the names of their files (csv writes `-:1` as `'-:1`, not to be read as a formula). */
  const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** A line's problem placed in the stream file (`at`, and where stderr puts it), back to the line's own place, as a file of its own has it. */
  const unplaced = (text: string) =>
    text
      .replaceAll(new RegExp(`,"at":"(?:${quoted(file)}|-):\\d+:\\d+"`, 'g'), '')
      .replaceAll(
        new RegExp(`(${quoted(file)}|-):(\\d+):(\\d+) (error|warning) `, 'g'),
        (_, f: string, n: string, c: string, s: string) => `${f}:${n}:1:${c} ${s} `,
      )
      // csv's reason: the line's `3:28` as a file's `1:28`.
      .replaceAll(
        new RegExp(`^('?(?:${quoted(file)}|-):(\\d+),[^\\n]*?),\\2:(\\d+) `, 'gm'),
        (_, head: string, _n: string, c: string) => `${head},1:${c} `,
      );
  const named = (raw: string) =>
    unplaced(raw)
      .replaceAll(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`, 'g'), (_, n: string) =>
        join(asFiles, `${n.padStart(5, '0')}.json`),
      )
      .replace(/(^|["\n])'?-:(\d+)/g, (_, before: string, n: string) => `${before}${join(stdinAsFiles, `${n.padStart(5, '0')}.json`)}`);
  const missing = () => join(dir, 'missing.ndjson');
  const stream = (...extra: string[]) =>
    cli(['check', file, missing(), '-', ...at, '--input-format', 'ndjson', '--jobs', '1', ...extra], stdin);
  const listed = (...extra: string[]) => cli(['check', asFiles, missing(), stdinAsFiles, ...at, '--jobs', '1', ...extra]);

  it('writes json, ndjson and csv, their diagnostics and exit code, as the same profiles listed as files', () => {
    for (const extra of [
      ['--format', 'ndjson'],
      ['--format', 'json'],
      ['--format', 'csv'],
      ['--format', 'ndjson', '--detail', 'full'],
      ['--format', 'json', '--lang', 'en'],
    ]) {
      const lines = stream(...extra);
      const files = listed(...extra);
      expect(lines.code, extra.join(' ')).toBe(3);
      expect({ ...lines, stdout: named(lines.stdout), stderr: named(lines.stderr) }, extra.join(' ')).toEqual(files);
    }
    const rows = stream('--format', 'ndjson')
      .stdout.trim()
      .split('\n')
      .slice(1, -1)
      .map((l) => JSON.parse(l) as { file: string; diagnostics: { code: string }[] });
    // Every non-blank line, the one past the limit as a row of its own, the missing input, standard input's two.
    expect(rows.length).toBe(readdirSync(asFiles).length + 1 + 2);
    expect(rows.filter((r) => r.diagnostics.some((d) => d.code === 'io/too-large'))).toHaveLength(1);
    expect(rows.slice(-3).map((r) => r.file)).toEqual([missing(), '-:1', '-:3']);
  });

  it('gives each shard the rows of the whole stream that belong to it, and writes --output as standard output', () => {
    const rows = (text: string) => text.trim().split('\n').slice(1, -1);
    const whole = rows(stream('--format', 'ndjson').stdout);
    for (const k of [1, 2, 3]) {
      const shard = { index: k, count: 3 };
      const part = rows(stream('--format', 'ndjson', '--shard', `${k}/3`).stdout);
      expect(part.length).toBeGreaterThan(0);
      // A whole input that cannot be read is a row of every shard of a stream: the lines are what is sharded.
      const lines = (all: string[]) => all.filter((r) => !r.includes(JSON.stringify(missing())));
      expect(lines(part)).toEqual(lines(whole).filter((r) => inShard((JSON.parse(r) as { file: string }).file, shard)));
    }
    const out = join(dir, 'out.csv');
    expect(stream('--format', 'csv', '--output', out).code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe(stream('--format', 'csv').stdout);
  });
});

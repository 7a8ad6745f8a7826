/**
 * Nothing injected: the hostile profiles that carry terminal controls, line breaks, forged workflow
 * commands and Markdown, checked in one batch in every text format through the command line (in this
 * process: the sanitiser is the program's, not the process's). Nothing a
 * terminal acts on reaches stdout or stderr, and no line of either starts with text from a profile
 * or a file name; the markdown table (also the GitHub job summary) opens no link, image or HTML.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';
import { buildCorpus } from './corpus.js';
import { printable, printableDeep } from '../../src/source/printable.js';

let summary: string;
let CASES: string[];
beforeAll(() => {
  const corpus = buildCorpus();
  // A file name holding a line break and `::error::`: it must forge no workflow command wherever it is shown.
  writeFileSync(join(corpus, 'forged\n::error::name.yaml'), 'company: [\n');
  summary = join(scratch('sc-echo-'), 'summary.md');
  CASES = [
    'duplicate-key-escape.yaml',
    'alias-name-controls.yaml',
    'line-breaks.yaml',
    'markdown-name.yaml',
    'forged\n::error::name.yaml',
  ].map((f) => join(corpus, f));
});

/** ESC, C1, DEL, bidi controls, and C0 but for the line ends a format writes itself. */
const ACTIVE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const run = (format: string) =>
  cliIn(['check', ...CASES, '--as-of', '2022-07-05', '--format', format], { env: { GITHUB_STEP_SUMMARY: summary } });

describe('hostile text in every text format', () => {
  it.each(['table', 'github', 'markdown', 'csv', 'checklist', 'junit'])(
    '%s: no control reaches stdout or stderr, and no forged line',
    async (format) => {
      const r = await run(format);
      expect(r.code, r.stderr).toBe(3);
      for (const [name, text] of [
        ['stdout', r.stdout],
        ['stderr', r.stderr],
      ] as const) {
        expect(text.match(ACTIVE)?.[0], `${name} holds a control character`).toBeUndefined();
        // A carriage return only as CSV's CRLF line end.
        expect(text.replace(/\r\n/g, '\n'), name).not.toContain('\r');
        const commands = text.split(/\r?\n/).filter((line) => /^\s*::/.test(line));
        // The only workflow commands are github's own annotations, each for one of our codes.
        if (format === 'github' && name === 'stdout')
          for (const line of commands) expect(line).toMatch(/^::(error|warning) file=[^\n]*title=(profile|io)\/[a-z-]+::/);
        else expect(commands, name).toEqual([]);
      }
      // The carriage return and the line break are shown, not acted on.
      if (['table', 'markdown', 'checklist'].includes(format)) expect(r.stdout).toMatch(/Evil Corp\\{1,2}u000d/);
      expect(r.stderr).toContain('forged\\u000a::error::name.yaml:2:1 error profile/syntax');
    },
  );

  it('markdown, and the GitHub job summary: no link, remote image, bare address or raw HTML from a company name', async () => {
    rmSync(summary, { force: true });
    const md = (await run('markdown')).stdout;
    await run('github');
    for (const text of [md, readFileSync(summary, 'utf8')]) {
      expect(text).toContain(
        '\\[click\\](https\\://evil.example) !\\[i\\](https\\://evil.example/p.png) &lt;img src=x onerror=alert(1)&gt; www\\.evil.example',
      );
      expect(text).not.toMatch(/<img|(?<!\\)\]\(https|(?<!\\):\/\/evil|www\.evil/);
    }
  });
});

describe('printable, the one sanitiser', () => {
  it('writes out C0 (CR, LF, TAB included), DEL, C1, ESC, bidi controls and line separators', () => {
    expect(printable('a\rb\nc\td\u0000')).toBe('a\\u000db\\u000ac\\u0009d\\u0000');
    expect(printable('\u001b]52;c;eA==\u0007\u001b[2J\u001bc')).toBe('\\u001b]52;c;eA==\\u0007\\u001b[2J\\u001bc');
    expect(printable('\u0090q\u009b2J\u007f')).toBe('\\u0090q\\u009b2J\\u007f');
    expect(printable('\u202egnp.exe\u2066\u2069\u200e\u200f\u061c\u2028\u2029')).toBe(
      '\\u202egnp.exe\\u2066\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029',
    );
  });

  it('never lets text start a workflow command, and changes nothing else', () => {
    expect(printable('::error::x')).toBe('\\u003a:error::x');
    expect(printable('  ::warning x')).toBe('  \\u003a:warning x');
    expect(printable('a::b 上海 tax_district 1,000 "q" \\ é')).toBe('a::b 上海 tax_district 1,000 "q" \\ é');
  });

  it('is idempotent and keeps the shape of what it walks', () => {
    const once = printable('x\u001b\n::y');
    expect(printable(once)).toBe(once);
    expect(printableDeep({ a: ['\r', 1, null, { b: '\u009b' }], c: true })).toEqual({ a: ['\\u000d', 1, null, { b: '\\u009b' }], c: true });
  });

  it('copies only the parts it changes, and never changes what it was given', () => {
    const clean = { a: ['x', 1, null, { b: '上海' }], c: true };
    expect(printableDeep(clean)).toBe(clean);
    const given = { a: ['x', { b: '\u001b' }], keep: { d: 'y' } };
    const made = printableDeep(given);
    expect(made).toEqual({ a: ['x', { b: '\\u001b' }], keep: { d: 'y' } });
    expect(given.a[1]).toEqual({ b: '\u001b' });
    expect(made.keep).toBe(given.keep);
  });
});

describe('control characters in rule-file text', () => {
  it('are written out in check and rules show, as profile text is', async () => {
    const rules = join(scratch('sc-echo-rules-'), 'rules');
    cpSync('rules/putuo-smart-software', join(rules, 'putuo-smart-software'), { recursive: true });
    const file = join(rules, 'putuo-smart-software', '2023.yaml');
    const text = readFileSync(file, 'utf8');
    const hostile = text.replace(
      '    title: Call for the 2023 round',
      '    title: "\\e]52;c;cHduZWQ=\\a\\e[2J\\u202eCall\\r\\n::error::x for the 2023 round',
    );
    writeFileSync(file, hostile.replace(/(title: "[^\n]*consultancy repost)/, '$1"'));
    const args = ['--rules', rules, '--as-of', '2023-04-10'];
    for (const command of [
      ['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--format', 'markdown', ...args],
      ['rules', 'show', 'putuo-smart-software', ...args],
    ]) {
      const r = await cliIn(command);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/u001b\\?\]52/);
      expect(r.stdout.match(ACTIVE)?.[0]).toBeUndefined();
      expect(r.stdout.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
    }
  });
});

describe('rounds and explain echo rule and profile text printable', () => {
  it('a hostile successor title in a history line, and the "no round is open" note, in every human output and explain', async () => {
    const rules = join(scratch('sc-echo-rounds-'), 'rules');
    cpSync('rules', rules, { recursive: true });
    const file = join(rules, 'putuo-smart-software', '2023.yaml');
    const text = readFileSync(file, 'utf8');
    // In Chinese a history line names the successor round by its title: here the smart-software round supersedes programme 1.
    writeFileSync(
      file,
      text.replace('    zh: 普陀区加快发展智能软件产业实施意见 2023年度专项', '    zh: "\\e[2J智能\\r\\n::error::x 软件\\u202e"'),
    );
    const profile = join(rules, '..', 'p\n::warning::name.yaml');
    writeFileSync(
      profile,
      readFileSync('fixtures/profiles/zhiyuan-ai.yaml', 'utf8').replace(
        /^ {2}name: .*$/m,
        '  name: "Evil Corp\\rGood Corp\\n::error::forged"',
      ),
    );
    const base = ['--rules', rules, '--lang', 'zh'];
    const runs = [
      ...['table', 'checklist', 'markdown', 'github', 'csv'].flatMap((f) => [
        ['check', profile, '--format', f, '--as-of', '2023-04-10', ...base],
        ['check', profile, '--format', f, '--as-of', '2030-01-01', ...base],
      ]),
      ['explain', profile, '--as-of', '2023-04-10', ...base],
      ['explain', profile, '--as-of', '2030-01-01', ...base],
    ];
    let shown = 0;
    for (const command of runs) {
      const r = await cliIn(command, { env: { GITHUB_STEP_SUMMARY: '' } });
      expect(r.code, `${command.join(' ')}\n${r.stderr}`).toBeLessThan(2);
      for (const out of [r.stdout, r.stderr]) {
        expect(out.match(ACTIVE)?.[0], command.join(' ')).toBeUndefined();
        expect(out.replace(/\r\n/g, '\n'), command.join(' ')).not.toContain('\r');
        const forged = out.split(/\r?\n/).filter((line) => /^\s*::/.test(line) && !/^::(notice|error|warning) (file=|title=)/.test(line));
        expect(forged, command.join(' ')).toEqual([]);
      }
      if (/u001b\\?\[2J智能/.test(r.stdout)) shown += 1;
    }
    // The hostile title is shown (written out), not dropped: at least in the history lines of table, checklist and explain.
    expect(shown).toBeGreaterThanOrEqual(3);
    const explain = await cliIn(runs.at(-2)!);
    expect(explain.stdout).toContain('Evil Corp\\u000dGood Corp\\u000a::error::forged');
    expect(explain.stdout).toContain('p\\u000a::warning::name.yaml');
  });
});

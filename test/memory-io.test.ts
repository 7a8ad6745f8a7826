/** The in-memory CommandIo: commands run on files that exist only in memory, and answer as on disk. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../src/commands/check.js';
import { runExplain, type ExplainOptions } from '../src/commands/explain.js';
import { runTemplate, type TemplateOptions } from '../src/commands/template.js';
import { runRulesTest } from '../src/commands/rules-test.js';
import { nodeIo } from '../src/io/node-io.js';
import { readProfileText } from '../src/io/read-text.js';
import { BUNDLED_RULES } from '../src/io/rules.js';
import type { CommandIo } from '../src/io/command-io.js';
import { bundledRules, filesOf, memoryIo } from './memory-io.js';
import { checkOptions } from './check-options.js';

const options = (inputs: string[]): CheckOptions => checkOptions(inputs);

/** The machine's io, with its output and diagnostics captured instead of printed. */
function capturedNodeIo(output?: string): { io: CommandIo; stdout: () => string; stderr: string[] } {
  let stdout = '';
  const stderr: string[] = [];
  const io: CommandIo = {
    ...nodeIo({
      write: async (t) => {
        stdout += t;
      },
      output,
    }),
    error: (line) => void stderr.push(line),
    readProfile: (file) => readProfileText(file, async () => new Uint8Array()),
  };
  return { io, stdout: () => stdout, stderr };
}

describe('the in-memory CommandIo', () => {
  it('checks a profile that is on no disk, against rules from memory', async () => {
    const files = new Map([...bundledRules(), ['clients/acme.yaml', 'company:\n  name: Acme\n  business_district: 普陀区\n']]);
    const memory = memoryIo(files);
    expect(await runCheck(options(['clients/acme.yaml', 'clients/missing.yaml']), memory.io)).toBe(3);
    const report = JSON.parse(memory.stdout());
    expect(report.results.map((r: { file: string; valid: boolean }) => [r.file, r.valid])).toEqual([
      ['clients/acme.yaml', true],
      ['clients/missing.yaml', false],
    ]);
    expect(memory.stderr().join('\n')).toContain('clients/missing.yaml');
  });

  it('answers a batch check and rules test exactly as the file system does', async () => {
    const memory = memoryIo(new Map([...bundledRules(), ...filesOf('fixtures/profiles')]));
    const disk = capturedNodeIo();
    const inputs = ['fixtures/profiles', 'fixtures/profiles/zhiyuan-ai.yaml', 'nowhere.yaml'];
    expect(await runCheck(options(inputs), memory.io)).toBe(await runCheck(options(inputs), disk.io));
    expect(memory.stdout()).toBe(disk.stdout());
    expect(memory.stderr()).toEqual(disk.stderr);
    expect(memory.stdout()).toContain('"file":"fixtures/profiles/yunling-data.json"');

    const tested = memoryIo(bundledRules());
    const testedOnDisk = capturedNodeIo();
    const test = { rules: BUNDLED_RULES, format: 'json', lang: 'en' } as const;
    expect(await runRulesTest(test, tested.io)).toBe(await runRulesTest(test, testedOnDisk.io));
    expect(tested.stdout()).toBe(testedOnDisk.stdout());
    expect(JSON.parse(tested.stdout()).cases.length).toBeGreaterThan(50);
  });

  it('reads client sheets, explains one company and writes the xlsx template as the file system does', async () => {
    const files = new Map([...bundledRules(), ...filesOf('fixtures/sheets')]);
    // A folder and the same sheet named again (`./…`): one input, as on disk.
    const inputs = ['fixtures/sheets', './fixtures/sheets/clients.csv'];
    const memory = memoryIo(files);
    const disk = capturedNodeIo();
    expect(await runCheck(options(inputs), memory.io)).toBe(await runCheck(options(inputs), disk.io));
    expect(memory.stdout()).toBe(disk.stdout());
    expect(memory.stderr()).toEqual(disk.stderr);
    const sheets = new Set(JSON.parse(memory.stdout()).results.map((r: { file: string }) => r.file.split(':')[0]));
    expect([...sheets]).toEqual(['fixtures/sheets/clients.csv', 'fixtures/sheets/clients.xlsx']);

    const explain: ExplainOptions = {
      input: 'fixtures/sheets/clients.xlsx:客户!2',
      rules: BUNDLED_RULES,
      programmes: [],
      asOf: '2022-07-05',
      format: 'table',
      lang: 'en',
      color: false,
      width: 120,
      tool: { name: 'subsidy-check', version: 'test' },
    };
    const explained = memoryIo(files);
    const explainedOnDisk = capturedNodeIo();
    expect(await runExplain(explain, explained.io)).toBe(await runExplain(explain, explainedOnDisk.io));
    expect(explained.stdout()).toBe(explainedOnDisk.stdout());
    expect(explained.stdout()).toContain('上海');

    const dir = mkdtempSync(join(tmpdir(), 'subsidy-check-memory-io-'));
    try {
      const output = join(dir, 'clients.xlsx');
      const template: TemplateOptions = {
        rules: BUNDLED_RULES,
        programmes: [],
        lang: 'both',
        schemaRef: 'profile.schema.json',
        format: 'xlsx',
      };
      const written = memoryIo(bundledRules());
      expect(await runTemplate(template, written.io)).toBe(await runTemplate(template, capturedNodeIo(output).io));
      expect(written.stdout()).toBe('');
      expect(Buffer.from(written.bytes()!).equals(readFileSync(output))).toBe(true);
      expect(Buffer.from(written.bytes()!.subarray(0, 2)).toString()).toBe('PK');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

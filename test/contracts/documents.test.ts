/**
 * Every versioned JSON document the tool writes is valid against its contract twice over: the zod
 * schema in src/contracts and the JSON Schema `subsidy-check schema <document>` prints (what a CI job
 * validates with). The outputs are the golden corpus's (every command × --lang × as-of date over
 * fixtures/), plus runs in memory that reach the parts the corpus does not: failed golden cases,
 * lint errors, versions added and removed, profiles that cannot be compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { runRulesDiff } from '../../src/commands/rules-diff.js';
import { runRulesLint } from '../../src/commands/rules-lint.js';
import { runRulesList } from '../../src/commands/rules-list.js';
import { runRulesTest } from '../../src/commands/rules-test.js';
import { DOCUMENTS, type DocumentName } from '../../src/contracts/document-names.js';
import { Explanation } from '../../src/contracts/explain.js';
import { documentJsonSchema } from '../../src/contracts/json-schema.js';
import { ReportDocument } from '../../src/contracts/report.js';
import { RulesDiff } from '../../src/contracts/rules-diff.js';
import { RulesLint } from '../../src/contracts/rules-lint.js';
import { RulesList } from '../../src/contracts/rules-list.js';
import { RulesTest } from '../../src/contracts/rules-test.js';
import type { CommandIo } from '../../src/io/command-io.js';
import { BUNDLED_RULES } from '../../src/io/rules.js';
import { ajv2020 } from '../helpers-ajv.js';
import { bundledRules, filesOf, memoryIo, type MemoryFile } from '../memory-io.js';

const ZOD = {
  report: ReportDocument,
  explain: Explanation,
  'rules-list': RulesList,
  'rules-lint': RulesLint,
  'rules-test': RulesTest,
  'rules-diff': RulesDiff,
} satisfies Record<DocumentName, z.ZodType>;

// Compiled when first used, not in a hook: the report's and explain's schemas take ajv a while on a loaded machine.
const ajv = ajv2020();
const jsonSchemas = new Map<DocumentName, Promise<ValidateFunction>>();
function jsonSchemaOf(name: DocumentName): Promise<ValidateFunction> {
  let compiled = jsonSchemas.get(name);
  if (!compiled) {
    compiled = documentJsonSchema(name).then((schema) => ajv.compile(schema));
    jsonSchemas.set(name, compiled);
  }
  return compiled;
}

/** Both validators' complaints about a document; empty when both accept it. */
async function problems(name: DocumentName, document: unknown): Promise<string[]> {
  const zod = ZOD[name].safeParse(document);
  const validate = await jsonSchemaOf(name);
  const fromZod = zod.success ? [] : zod.error.issues.map((i) => `zod ${i.path.join('.')}: ${i.message}`);
  const fromAjv = validate(document) ? [] : (validate.errors ?? []).map((e) => `json-schema ${e.instancePath}: ${e.message}`);
  return [...fromZod, ...fromAjv];
}

// ---- The golden corpus: what each command writes over fixtures/ -------------------------------

const CASES = 'test/golden-corpus/cases';

/** Which document a corpus case's standard output is, from its folder and format; undefined for a format that is not JSON. */
function documentOf(folder: string, format: string): DocumentName | undefined {
  if ((folder === 'check' || folder === 'check-sheet') && (format === 'json' || format === 'json-full')) return 'report';
  if (format !== 'json') return undefined;
  if (folder === 'explain') return 'explain';
  return (DOCUMENTS as readonly string[]).includes(folder) ? (folder as DocumentName) : undefined;
}

const recorded = readdirSync(CASES, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(CASES, join(e.parentPath, e.name)).split('\\').join('/'))
  .sort()
  .flatMap((file) => {
    const folder = file.split('/').at(-2)!;
    const document = documentOf(
      folder,
      file
        .replace(/\.txt$/, '')
        .split('.')
        .at(-1)!,
    );
    return document ? [{ file, document }] : [];
  });

/** A case's standard output: between its `--- stdout` line and the line the recorder ends it with. */
function stdoutOf(file: string): string {
  const text = readFileSync(join(CASES, file), 'utf8');
  const start = text.indexOf('--- stdout\n') + '--- stdout\n'.length;
  return text.slice(start, text.lastIndexOf('\n--- stderr\n'));
}

describe('every JSON document of the golden corpus', () => {
  it('is found: each document has recorded cases', () => {
    const counts = Object.fromEntries(DOCUMENTS.map((d) => [d, recorded.filter((r) => r.document === d).length]));
    // 2 dates × 3 languages for the rules commands but test (undated); report and explain per fixture.
    expect(counts).toMatchObject({ 'rules-list': 6, 'rules-lint': 6, 'rules-test': 3, 'rules-diff': 6 });
    expect(counts.report).toBeGreaterThan(10);
    expect(counts.explain).toBeGreaterThan(10);
  });

  it.each(recorded.map((r) => [r.file, r.document] as const))('%s is a valid %s', async (file, document) => {
    const parsed = JSON.parse(stdoutOf(file)) as { schema: string };
    expect(await problems(document, parsed)).toEqual([]);
    expect(parsed.schema).toBe(`subsidy-check/${document}@1`);
  });
});

// ---- Runs in memory that reach what the corpus does not ---------------------------------------

async function json(
  files: ReadonlyMap<string, MemoryFile>,
  run: (io: CommandIo) => Promise<number>,
): Promise<{ exit: number; document: Record<string, unknown> }> {
  const memory = memoryIo(files);
  const exit = await run(memory.io);
  return { exit, document: JSON.parse(memory.stdout()) as Record<string, unknown> };
}

/** The user-rules example with a golden case that now expects a wrong amount, and one whose profile file is missing. */
function failingCases(): Map<string, MemoryFile> {
  const files = filesOf('fixtures/user-rules');
  const key = 'fixtures/user-rules/qingshui-startup/tests/cases.yaml';
  const text = files.get(key) as string;
  expect(text).toContain('maxAmount: 48000 }');
  const missing =
    '\n  - name: a case whose profile file is missing\n    asOf: 2025-04-10\n    profileFile: profiles/nowhere.yaml\n    expect:\n      maxTotal: 0\n';
  files.set(key, `${text.replace('maxAmount: 48000 }', 'maxAmount: 48001 }')}${missing}`);
  return files;
}

/** Two rule folders: `b` drops one programme, adds another and requires another credit record in the smart-software gate. */
function twoFolders(): Map<string, MemoryFile> {
  const files = new Map([...filesOf(BUNDLED_RULES, 'a'), ...filesOf(BUNDLED_RULES, 'b'), ...filesOf('fixtures/rules-diff/rules', 'b')]);
  for (const key of [...files.keys()]) if (key.startsWith('b/putuo-digital-transformation/')) files.delete(key);
  const gate = 'b/putuo-smart-software/2023.yaml';
  const text = files.get(gate) as string;
  const credit = '    - fact: company.credit\n      op: eq\n      value: good\n';
  expect(text).toContain(credit);
  files.set(gate, text.replace(credit, credit.replace('good', 'poor')));
  files.set('p/lingxi-smart-software.yaml', readFileSync('fixtures/profiles/lingxi-smart-software.yaml', 'utf8'));
  files.set('p/invalid-bad-money.yaml', readFileSync('fixtures/profiles/invalid-bad-money.yaml', 'utf8'));
  for (const [key, value] of filesOf('fixtures/rules-diff/profiles', 'p')) files.set(key, value);
  return files;
}

describe('documents beyond the corpus', () => {
  it('rules-test: failed cases (a wrong amount, an unreadable profile file) and a coverage minimum', async () => {
    const { exit, document } = await json(failingCases(), (io) =>
      runRulesTest({ rules: 'fixtures/user-rules', minCoverage: 100, format: 'json', lang: 'zh' }, io),
    );
    expect(exit).toBe(1);
    expect(await problems('rules-test', document)).toEqual([]);
    const cases = document.cases as { passed: boolean; version: string | null; mismatches: { what: string }[] }[];
    expect(cases.filter((c) => !c.passed).flatMap((c) => c.mismatches.map((m) => m.what))).toEqual([
      'rent-subsidy maxAmount',
      'profileFile',
    ]);
    expect(cases.at(-1)!.version).toBeNull();
    expect(document.coverage).toMatchObject({ minimum: 100 });
  });

  it('rules-test: with one case left, leaves and measures uncovered, each listed', async () => {
    const files = filesOf('fixtures/user-rules');
    const key = 'fixtures/user-rules/qingshui-startup/tests/cases.yaml';
    const text = files.get(key) as string;
    files.set(key, text.slice(0, text.indexOf('\n  - name:', text.indexOf('  - name:') + 1) + 1));
    const { exit, document } = await json(files, (io) =>
      runRulesTest({ rules: 'fixtures/user-rules', minCoverage: 90, format: 'json', lang: 'en' }, io),
    );
    expect(exit).toBe(1);
    expect(await problems('rules-test', document)).toEqual([]);
    expect(document.summary).toEqual({ cases: 1, passed: 1, failed: 0 });
    const coverage = document.coverage as { met: boolean; uncoveredLeaves: { label: { en: string } }[]; uncoveredMeasures: unknown[] };
    expect(coverage.met).toBe(false);
    expect(coverage.uncoveredLeaves.length).toBeGreaterThan(0);
    expect(coverage.uncoveredMeasures.length).toBeGreaterThan(0);
  });

  const broken = [...new Set([...filesOf('fixtures/rules-invalid').keys()].map((f) => f.split('/')[2]!))]
    .filter((d) => d !== 'valid-minimal')
    .sort();

  it.each(broken)('rules-lint: fixtures/rules-invalid/%s, errors and all', async (folder) => {
    const { exit, document } = await json(filesOf('fixtures/rules-invalid'), (io) =>
      runRulesLint({ rules: `fixtures/rules-invalid/${folder}`, asOf: '2024-06-01', format: 'json', lang: 'en' }, io),
    );
    expect(exit).toBe(2);
    expect(await problems('rules-lint', document)).toEqual([]);
    expect((document.summary as { errors: number }).errors).toBeGreaterThan(0);
  });

  it('rules-diff: two folders, versions added and removed, a changed gate, a profile that moves and one that cannot be read', async () => {
    const { exit, document } = await json(twoFolders(), (io) =>
      runRulesDiff(
        { from: 'a', to: 'b', rules: BUNDLED_RULES, profiles: 'p', asOf: '2022-07-05', failOnChange: false, format: 'json', lang: 'en' },
        io,
      ),
    );
    expect(exit).toBe(3);
    expect(await problems('rules-diff', document)).toEqual([]);
    expect(document).toMatchObject({
      added: [{ programme: 'jiading-smart-factory' }, { programme: 'jiading-smart-factory' }],
      removed: [{ programme: 'putuo-digital-transformation' }],
    });
    expect(document.profiles).toMatchObject({ invalid: ['p/invalid-bad-money.yaml'], changes: [{ file: 'p/lingxi-smart-software.yaml' }] });
  });

  it('rules-list: another district’s rules, in Chinese', async () => {
    const { document } = await json(filesOf('fixtures/user-rules'), (io) =>
      runRulesList({ rules: 'fixtures/user-rules', asOf: '2025-04-10', format: 'json', lang: 'zh' }, io),
    );
    expect(await problems('rules-list', document)).toEqual([]);
    expect(document.programmes).toMatchObject([{ programme: 'qingshui-startup', inForce: true }]);
  });
});

describe('the contracts refuse what they do not promise', () => {
  const listed = async () =>
    (await json(bundledRules(), (io) => runRulesList({ rules: BUNDLED_RULES, asOf: '2022-07-05', format: 'json', lang: 'en' }, io)))
      .document;

  it('an internal field spread into the output (a key the contract does not name) fails both validators', async () => {
    const document = await listed();
    (document.programmes as Record<string, unknown>[])[0]!.rule = {};
    const found = await problems('rules-list', document);
    expect(found.some((p) => p.startsWith('zod'))).toBe(true);
    expect(found.some((p) => p.startsWith('json-schema'))).toBe(true);
  });

  it('a negative amount, a count that is not whole, another schema id: each fails both', async () => {
    const diff = JSON.parse(stdoutOf(recorded.find((r) => r.document === 'rules-diff')!.file)) as {
      profiles: { changes: { maxTotal: { to: number } }[] };
    };
    diff.profiles.changes[0]!.maxTotal.to = -1;
    const list = await listed();
    (list.programmes as { measures: number }[])[0]!.measures = 1.5;
    const lint = { ...JSON.parse(stdoutOf(recorded.find((r) => r.document === 'rules-lint')!.file)), schema: 'subsidy-check/rules-lint@2' };
    for (const [name, document] of [
      ['rules-diff', diff],
      ['rules-list', list],
      ['rules-lint', lint],
    ] as const) {
      const found = await problems(name, document);
      expect({ name, zod: found.some((p) => p.startsWith('zod')), jsonSchema: found.some((p) => p.startsWith('json-schema')) }).toEqual({
        name,
        zod: true,
        jsonSchema: true,
      });
    }
  });
});

describe('docs/schemas/', () => {
  it.each(DOCUMENTS)(
    '%s.schema.json is exactly what `subsidy-check schema %s` prints (regenerate: subsidy-check schema <document> --output docs/schemas/<document>.schema.json)',
    async (name) => {
      expect(readFileSync(`docs/schemas/${name}.schema.json`, 'utf8')).toBe(`${JSON.stringify(await documentJsonSchema(name), null, 2)}\n`);
    },
  );
});

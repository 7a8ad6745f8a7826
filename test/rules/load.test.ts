/**
 * One broken rule file per diagnostic code (`fixtures/rules-invalid/<case>/`), each a copy of
 * `valid-minimal` with one fault; the expected code and 1-based line of every case are in CASES.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODES, type Code } from '../../src/diagnostics/catalogue.js';
import { loadRules, type RuleText } from '../../src/rules/load.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/rules-invalid/', import.meta.url));

/** The rule files of a case, named relative to the case folder (`tiny/1.yaml`), in sorted order as the CLI reads them. */
function readCase(name: string): RuleText[] {
  const root = join(FIXTURES, name);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: f.split(sep).join('/'), text: readFileSync(join(root, f), 'utf8') }));
}

interface Expected {
  /** Relative to the case folder; `tiny/1.yaml` when omitted. */
  file?: string;
  code: Code;
  line: number;
}

/** Every diagnostic each case must produce, and nothing else. */
const CASES: Record<string, Expected[]> = {
  syntax: [{ code: 'rules/syntax', line: 7 }],
  'stacking-overlap': [{ code: 'rules/stacking-overlap', line: 40 }],
  'bad-amount': [{ code: 'rules/bad-amount', line: 32 }],
  'supersedes-cycle': [{ code: 'rules/supersedes-cycle', line: 9 }],
  'duplicate-key': [{ code: 'rules/duplicate-key', line: 9 }],
  'schema-unknown-key': [{ code: 'rules/schema', line: 23 }],
  'schema-missing-evidence': [{ code: 'rules/schema', line: 22 }],
  'schema-amount-percent': [{ code: 'rules/schema', line: 33 }],
  'undeclared-fact': [{ code: 'rules/undeclared-fact', line: 22 }],
  'duplicate-id': [{ code: 'rules/duplicate-id', line: 33 }],
  'bad-period': [{ code: 'rules/bad-period', line: 15 }],
  'unknown-source': [{ code: 'rules/unknown-source', line: 26 }],
  'unknown-ref-period': [{ code: 'rules/unknown-ref', line: 44 }],
  'unknown-ref-measure': [{ code: 'rules/unknown-ref', line: 36 }],
  'bad-leaf-gt-text': [{ code: 'rules/bad-leaf', line: 22 }],
  'bad-leaf-within-one-fact': [{ code: 'rules/bad-leaf', line: 48 }],
  'file-name': [{ code: 'rules/file-name', line: 3 }],
  'two-faults': [
    { code: 'rules/undeclared-fact', line: 22 },
    { code: 'rules/unknown-source', line: 26 },
  ],
  'duplicate-version': [{ file: 'vendored/tiny/1.yaml', code: 'rules/duplicate-version', line: 4 }],
  'fact-conflict': [{ file: 'tiny2/1.yaml', code: 'rules/fact-conflict', line: 17 }],
  'too-many-conditions': [{ code: 'rules/too-many-conditions', line: 33 }],
};

/** Cases whose fault only shows across files: each file alone is a valid version. */
const CROSS_FILE = new Set(['supersedes-cycle', 'duplicate-version', 'fact-conflict']);

const byPlace = (a: Required<Expected>, b: Required<Expected>) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code);

describe('loadRules on broken rule files', () => {
  it('loads valid-minimal, the base of every case, with no diagnostics', () => {
    const { versions, diagnostics } = loadRules(readCase('valid-minimal'));
    expect(diagnostics).toEqual([]);
    expect(versions.map((v) => `${v.rule.programme.id}@${v.rule.programme.version}`)).toEqual(['tiny@1']);
  });

  it.each(Object.entries(CASES))('%s: reports exactly the expected codes at the expected lines, as errors', (name, expected) => {
    const texts = readCase(name);
    const { versions, diagnostics } = loadRules(texts);
    const found = diagnostics.map(({ file, code, line }) => ({ file, code, line })).sort(byPlace);
    expect(found).toEqual(expected.map(({ file = 'tiny/1.yaml', code, line }) => ({ file, code, line })).sort(byPlace));
    expect(diagnostics.map((d) => d.severity)).toEqual(diagnostics.map(() => 'error'));
    expect(diagnostics.every((d) => d.column > 0)).toBe(true);
    // A file with a problem of its own yields no version.
    expect(versions).toHaveLength(CROSS_FILE.has(name) ? texts.length : 0);
  });

  it('reports every fault of a file in one run, not only the first', () => {
    const codes = loadRules(readCase('two-faults')).diagnostics.map((d) => d.code);
    expect(new Set(codes)).toEqual(new Set(['rules/undeclared-fact', 'rules/unknown-source']));
  });

  it('names the expected code in the opening comment of the file that carries it', () => {
    for (const [name, expected] of Object.entries(CASES)) {
      const texts = readCase(name);
      for (const { file = 'tiny/1.yaml', code } of expected) {
        const opening = texts.find((t) => t.file === file)?.text.split('\n')[0];
        expect(opening, `${name}/${file}`).toContain(code);
      }
    }
  });

  it('has a case for every rule code loadRules can emit, and a table row for every case folder', () => {
    const notFromLoadRules: Code[] = [
      'rules/none',
      'rules/unknown-programme',
      'rules/unknown-version',
      'rules/unknown-measure',
      'rules/diff-input',
    ];
    const ruleCodes = CODES.filter((c) => c.startsWith('rules/') && !notFromLoadRules.includes(c));
    const covered = new Set(Object.values(CASES).flatMap((list) => list.map((e) => e.code)));
    expect(ruleCodes.filter((c) => !covered.has(c))).toEqual([]);
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...Object.keys(CASES), 'valid-minimal'].sort());
  });
});

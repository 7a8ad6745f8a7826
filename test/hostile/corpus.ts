/**
 * The hostile corpus as the tests use it: the small files of `fixtures/hostile/profiles/` copied into
 * a temporary folder, beside the large or odd ones generated there (deep nesting, a 1 MB name, a 50 MB
 * file, a folder named like a profile, symbolic links that loop, dangle or point at a device).
 * `fixtures/hostile/expected.json` holds what each must produce.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code } from '../../src/diagnostics/catalogue.js';
import { scratch } from '../scratch.js';

export const HOSTILE = 'fixtures/hostile';

interface Expected {
  /** The distinct diagnostic codes of the file's result, in the order they first appear. */
  codes: Code[];
  /** In a folder with other files, when not the same as alone (a missing file alone means nothing to check). */
  inBatch?: Code[];
  /** Line of the first diagnostic (0: the file as a whole). */
  line?: number;
  /** The exit code of `check` on this file alone. */
  exit: 0 | 1 | 2 | 3;
  /** Made by `generate` below rather than kept in the repository. */
  generated?: boolean;
  /** A valid file whose result must equal that file's (whatever the encoding or line ends). */
  sameAs?: string;
  what: string;
}

interface ExpectedRules {
  codes: Code[];
  exit: 0 | 1 | 2 | 3;
  generated?: boolean;
  /** What the tool does today where it should do better: `codes` and `exit` record today's behaviour. */
  gap?: string;
  /** What it should do instead; a test marked `fails` asserts it, and starts failing once it is done. */
  wanted?: string;
  what: string;
}

interface Table {
  profiles: Record<string, Expected>;
  rules: Record<string, ExpectedRules>;
}

export const expected = JSON.parse(readFileSync(join(HOSTILE, 'expected.json'), 'utf8')) as Table;

const company = 'company:\n  name: 上海测试有限公司\n';

/** The generated files, by name: text, bytes, or a thunk that makes the entry itself. */
const GENERATED: Record<string, (path: string) => void> = {
  'deep-flow.yaml': (path) => writeFileSync(path, `${company}z: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
  // Compact block sequences: each `- ` opens a level, ten thousand on one line.
  'deep-block.yaml': (path) => writeFileSync(path, `${company}z:\n  ${'- '.repeat(10_000)}x\n`),
  // Block mappings indented one space per level: 3,000 levels make 4.5 MB, just under the size limit.
  'deep-indented.yaml': (path) => writeFileSync(path, company + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:\n`).join('')),
  'deep.json': (path) => writeFileSync(path, `{"company": {"name": "x"}, "z": ${'['.repeat(10_000)}${']'.repeat(10_000)}}\n`),
  'deep-object.json': (path) => writeFileSync(path, `{"company": {"name": "x"}, "z": ${'{"a": '.repeat(10_000)}1${'}'.repeat(10_000)}}\n`),
  'long-name.yaml': (path) => writeFileSync(path, `company:\n  name: ${'上海'.repeat(4)}${'a'.repeat(1024 * 1024)}\n`),
  // An explicit key (`? `): YAML allows an implicit one only up to 1,024 characters.
  'long-key.yaml': (path) => writeFileSync(path, `${company}  ? ${'k'.repeat(100_000)}\n  : 1\n`),
  'too-many-projects.yaml': (path) =>
    writeFileSync(path, `${company}projects:\n${Array.from({ length: 201 }, (_, i) => `  - id: p${i}\n`).join('')}`),
  'too-many-tokens.yaml': (path) => writeFileSync(path, `${company}projects: [${'1,'.repeat(60_000)}]\n`),
  'many-unknown-keys.yaml': (path) => writeFileSync(path, company + Array.from({ length: 300 }, (_, i) => `  key${i}: 1\n`).join('')),
  // Sparse: 50 MB on paper, written in no time.
  'huge.yaml': (path) => {
    writeFileSync(path, company);
    truncateSync(path, 50 * 1024 * 1024);
  },
  'folder.yaml': (path) => mkdirSync(path),
  'loop.yaml': (path) => symlinkSync('loop.yaml', path),
  // A file deleted after it was listed reads like a link to nothing.
  'vanished.yaml': (path) => symlinkSync('no-longer-here.yaml', path),
  'zero.yaml': (path) => symlinkSync('/dev/zero', path),
};

/** A fresh folder holding the whole profile corpus, committed and generated. */
export function buildCorpus(): string {
  const dir = scratch('sc-hostile-');
  for (const name of readdirSync(join(HOSTILE, 'profiles'))) copyFileSync(join(HOSTILE, 'profiles', name), join(dir, name));
  for (const [name, make] of Object.entries(GENERATED)) make(join(dir, name));
  return dir;
}

/** The generated rule cases: a condition tree nested past the depth limit; aliases that multiply conditions past the budget. */
export function generateRules(dir: string): void {
  const base = readFileSync('fixtures/rules-invalid/valid-minimal/tiny/1.yaml', 'utf8');
  const leaf = '{ fact: company.credit, op: eq, value: good, label: { zh: 信用良好, en: Good credit }, cite: S1, evidence: stated }';
  const gate = `gate: ${'{ all: ['.repeat(70)}${leaf}${'] }'.repeat(70)}\n`;
  const text = base.replace(/^gate:\n(?: {2}.*\n)+/m, gate);
  mkdirSync(join(dir, 'deep-conditions', 'tiny'), { recursive: true });
  writeFileSync(join(dir, 'deep-conditions', 'tiny', '1.yaml'), text);
  mkdirSync(join(dir, 'alias-conditions', 'tiny'), { recursive: true });
  writeFileSync(join(dir, 'alias-conditions', 'tiny', '1.yaml'), aliasedConditions(300));
}

/**
 * A per-project measure whose conditions are a list of `size` leaves and 99 aliases to it: within
 * every limit on the text (the alias count, the depth), 100 copies once expanded. With 1,000 leaves
 * (98 kB, 120 with these labels) it is the case that once took 1 GB for 10 projects.
 */
export function aliasedConditions(size: number): string {
  const base = readFileSync('fixtures/rules-invalid/valid-minimal/tiny/1.yaml', 'utf8');
  const leaf = '{fact: company.credit, op: eq, value: good, label: { zh: 信用良好, en: Good credit }, cite: S1, evidence: stated }';
  const list = `&list [${Array.from({ length: size }, () => leaf).join(',')}]`;
  const when = `    when: { all: [{ all: ${list} }${', { all: *list }'.repeat(99)}] }\n`;
  return base.replace('    perProject: false\n', `    perProject: true\n${when}`);
}

export const generatedNames = Object.keys(GENERATED);

/** One broken profile per diagnostic code: the code, the line and the path are asserted. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../src/profile/read.js';
import { vocabularyFor } from '../../src/profile/vocabulary.js';
import { formatOf } from '../../src/io/inputs.js';
import { bundledVersions } from '../helpers.js';

const expected = JSON.parse(readFileSync('fixtures/invalid-expected.json', 'utf8')) as Record<
  string,
  { code: string; line: number; path: string }
>;
const vocabulary = vocabularyFor(bundledVersions().flatMap((v) => Object.entries(v.rule.facts)));

describe('broken profile fixtures', () => {
  it.each(Object.entries(expected))('%s', (file, want) => {
    const path = join('fixtures/invalid', file);
    const read = readProfile(path, readFileSync(path, 'utf8'), formatOf(file), vocabulary);
    const hit = read.diagnostics.find((d) => d.code === want.code);
    expect(hit, JSON.stringify(read.diagnostics)).toBeDefined();
    expect(hit).toMatchObject({ line: want.line, file: path });
    if (want.path) expect(hit!.path).toBe(want.path);
    // A warning leaves the profile valid; an error does not.
    expect(read.profile === undefined).toBe(hit!.severity === 'error');
  });

  it('suggests the key that was meant', () => {
    const read = readProfile('x.yaml', 'company:\n  name: A\n  tax_distrct: putuo\n', 'yaml', vocabulary);
    expect(read.diagnostics[0]).toMatchObject({
      code: 'profile/unknown-key',
      line: 3,
      column: 3,
      args: { suggestion: 'company.tax_district' },
    });
  });

  it('reports every problem of a file at once', () => {
    const text = 'company:\n  name: A\n  credit: excellent\nprojects:\n  - id: p1\n    investment: 三百万\n    start: 2021-02-30\n';
    const codes = readProfile('x.yaml', text, 'yaml', vocabulary).diagnostics.map((d) => `${d.code}@${d.line}`);
    expect(codes).toEqual(['profile/enum@3', 'profile/money@6', 'profile/date@7']);
  });
});

/** Every golden case of every bundled programme, one vitest case each. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GoldenFile, runGoldenCase } from '../src/lifecycle/golden.js';
import { bundledVersions } from './helpers.js';

const versions = bundledVersions();
const programmes = readdirSync('rules').filter((p) => existsSync(join('rules', p, 'tests')));

describe.each(programmes)('golden cases of %s', (programme) => {
  const dir = join('rules', programme, 'tests');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const { cases } = GoldenFile.parse(parse(readFileSync(join(dir, file), 'utf8')));
    it.each(cases.map((c) => [c.name, c] as const))(`${file}: %s`, (_name, c) => {
      const text = c.profileFile ? readFileSync(join(dirname(join(dir, file)), c.profileFile), 'utf8') : undefined;
      expect(runGoldenCase(versions, programme, c, text)).toEqual([]);
    });
  }
});

it('finds golden cases for all three bundled programmes', () => {
  expect(programmes.sort()).toEqual(['putuo-digital-transformation', 'putuo-new-infra-online-economy', 'putuo-smart-software']);
});

/** The rule-file JSON Schema: generated from the zod schema, committed up to date, and it agrees with the loader. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rulesJsonSchema } from '../../src/rules/json-schema.js';
import { ajv2020 } from '../helpers-ajv.js';

const schema = rulesJsonSchema();
const validate = ajv2020().compile(schema);
const yamlOf = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;

describe('rules JSON Schema', () => {
  it('is committed as docs/rules.schema.json, exactly as generated (regenerate: subsidy-check schema --rules > docs/rules.schema.json)', () => {
    expect(JSON.parse(readFileSync('docs/rules.schema.json', 'utf8'))).toEqual(schema);
  });

  const ruleFiles = [
    ...readdirSync('rules').flatMap((p) =>
      readdirSync(join('rules', p))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join('rules', p, f)),
    ),
    'fixtures/user-rules/qingshui-startup/2025.yaml',
    'fixtures/rules-diff/rules/jiading-smart-factory/2023.yaml',
    'fixtures/rules-diff/rules/jiading-smart-factory/2024.yaml',
    'fixtures/rules-invalid/valid-minimal/tiny/1.yaml',
  ];

  it.each(ruleFiles)('accepts %s', (file) => {
    expect(validate(yamlOf(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['schema-unknown-key', 'schema-missing-evidence', 'schema-amount-percent'])(
    'refuses fixtures/rules-invalid/%s, as the loader does',
    (name) => {
      expect(validate(yamlOf(`fixtures/rules-invalid/${name}/tiny/1.yaml`))).toBe(false);
    },
  );
});

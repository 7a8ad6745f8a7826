/** `subsidy-check schema --rules`: the rule-file format as JSON Schema (draft 2020-12), generated from the zod schema. */
import { z } from 'zod';
import { RuleFile } from './schema.js';

export const RULES_SCHEMA_ID = 'subsidy-check/rules@1';

export function rulesJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(RuleFile, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    $id: RULES_SCHEMA_ID,
    title: 'subsidy-check rule file',
    description: 'One programme version: rules/<programme-id>/<version>.yaml. See docs/rules-format.md.',
    ...rest,
  };
}

/** `subsidy-check schema`: the profile format as JSON Schema (draft 2020-12), generated from the zod schema. */
import { z } from 'zod';
import type { RuleVersion } from '../rules/load.js';
import { profileSchema } from './schema.js';
import { vocabularyFor } from './vocabulary.js';

export const PROFILE_SCHEMA_ID = 'subsidy-check/profile@1';

export function profileJsonSchema(versions: readonly RuleVersion[]): Record<string, unknown> {
  const declared = versions.flatMap((v) => Object.entries(v.rule.facts));
  const schema = profileSchema(vocabularyFor(declared), declared);
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return { $schema, $id: PROFILE_SCHEMA_ID, ...rest };
}

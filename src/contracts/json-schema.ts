/**
 * `subsidy-check schema <document>`: a versioned JSON document as JSON Schema (draft 2020-12),
 * generated from its zod schema, so a CI job can validate what it reads with any validator. Each
 * schema loads only when asked for (start-up time of every command).
 */
import { z } from 'zod';
import type { DocumentName } from './document-names.js';
import { EXPLAIN_SCHEMA, REPORT_SCHEMA, RULES_DIFF_SCHEMA, RULES_LINT_SCHEMA, RULES_LIST_SCHEMA, RULES_TEST_SCHEMA } from './schema-id.js';

interface Described {
  /** The document's id, its `schema` field: `subsidy-check/report@1`. */
  id: string;
  /** The zod schema of the whole document. */
  schema: z.ZodType;
  title: string;
  description: string;
}

const LOADERS = {
  report: async () => ({
    id: REPORT_SCHEMA,
    schema: (await import('./report.js')).ReportDocument,
    title: 'subsidy-check report',
    description:
      'check --format json: every input file with its results, compact (`detail: compact`, the default) or full (`--detail full`). See docs/json-output.md.',
  }),
  explain: async () => ({
    id: EXPLAIN_SCHEMA,
    schema: (await import('./explain.js')).Explanation,
    title: 'subsidy-check explanation',
    description:
      'explain --format json: one profile, every condition, amount step, stacking decision and what it would take. See docs/json-output.md.',
  }),
  'rules-list': async () => ({
    id: RULES_LIST_SCHEMA,
    schema: (await import('./rules-list.js')).RulesList,
    title: 'subsidy-check rules list',
    description:
      'rules list --format json: every programme version with its dates, windows, evidence counts and sha256. See docs/json-output.md.',
  }),
  'rules-lint': async () => ({
    id: RULES_LINT_SCHEMA,
    schema: (await import('./rules-lint.js')).RulesLint,
    title: 'subsidy-check rules lint',
    description: 'rules lint --format json: every finding over the rule files, with its code and location. See docs/json-output.md.',
  }),
  'rules-test': async () => ({
    id: RULES_TEST_SCHEMA,
    schema: (await import('./rules-test.js')).RulesTest,
    title: 'subsidy-check rules test',
    description: 'rules test --format json: every golden case with its mismatches, and the coverage. See docs/json-output.md.',
  }),
  'rules-diff': async () => ({
    id: RULES_DIFF_SCHEMA,
    schema: (await import('./rules-diff.js')).RulesDiff,
    title: 'subsidy-check rules diff',
    description:
      'rules diff --format json: the changes between rule versions, and with --profiles whose results move. See docs/json-output.md.',
  }),
} satisfies Record<DocumentName, () => Promise<Described>>;

/** The document's JSON Schema, with its id (`subsidy-check/report@1`, the document's own `schema` field). */
export async function documentJsonSchema(name: DocumentName): Promise<Record<string, unknown>> {
  const { id, schema, title, description } = await LOADERS[name]();
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return { $schema, $id: id, title, description, ...rest };
}

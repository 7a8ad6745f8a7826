/**
 * The versioned JSON documents the tool writes, by the name `subsidy-check schema <name>` knows them:
 * a module of its own so the command line offers the choices without loading any schema.
 */
export const DOCUMENTS = ['report', 'explain', 'rules-list', 'rules-lint', 'rules-test', 'rules-diff'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

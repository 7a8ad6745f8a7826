/**
 * The output formats of the `rules` subcommands, apart from their renderers, so the command line can
 * offer the choices without loading any renderer (start-up time of every command).
 */
export const DIFF_FORMATS = ['table', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const LINT_FORMATS = ['table', 'json'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const TEST_FORMATS = ['table', 'json', 'junit'] as const;
export type TestFormat = (typeof TEST_FORMATS)[number];

/** The output formats of `explain`, apart from their renderers, so the command line loads none of them. */
export const EXPLAIN_FORMATS = ['table', 'json'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

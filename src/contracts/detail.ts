/**
 * How much of a result the output shows. `compact`: per measure the verdict, amount, evidence,
 * `counted`, the one-line reason with its fact and the missing facts (json and ndjson by default, csv,
 * junit, github). `full` adds every condition, the amount steps, titles, documents and what it would
 * take, and needs an evaluation with `detail`. A module of its own so the CLI reads it without the report.
 */
export const DETAILS = ['compact', 'full'] as const;
export type Detail = (typeof DETAILS)[number];

/** What `template` writes: a YAML profile, or a client sheet (CSV, xlsx). No imports: the CLI reads it at start-up. */
export const TEMPLATE_FORMATS = ['yaml', 'csv', 'xlsx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

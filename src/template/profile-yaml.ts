/**
 * `subsidy-check template`: a YAML profile skeleton. It opens with the `yaml-language-server` schema
 * comment, so editors complete and check it; then every fact the chosen programmes read, each with its
 * question, its type and its allowed values as comments, and every value empty — so the template
 * itself is a valid profile on which every measure is undetermined. Only the required keys (the
 * company name, a project id) hold a placeholder.
 */
import type { FactSpec } from '../profile/vocabulary.js';
import type { Lang } from '../text/lang.js';
import { say, type ArgsFor } from '../text/messages.js';
import type { TemplateFact, TemplateFacts } from './facts.js';
import { TEMPLATE_TEXT, TYPE_TEXT } from '../text/catalogues/template.js';

export interface TemplateInput {
  facts: TemplateFacts;
  lang: Lang;
  /** What the schema comment points at: a path relative to the profile, or a URL. */
  schemaRef: string;
  /** The command that writes the schema there. */
  schemaCommand: string;
}

type L = 'en' | 'zh';

export function renderTemplate(input: TemplateInput): string {
  const { facts, lang } = input;
  const langs: L[] = lang === 'both' ? ['en', 'zh'] : [lang];
  const comments = (indent: string, message: Parameters<typeof say>[0], args: ArgsFor = {}) =>
    langs.map((l) => `${indent}# ${oneLine(say(message, l, args))}`);
  const only = (f: TemplateFact) => (f.programmes.length < facts.programmes.length ? f.programmes : undefined);

  const lines = [
    `# yaml-language-server: $schema=${oneLine(input.schemaRef)}`,
    '#',
    ...comments('', TEMPLATE_TEXT.title, { tool: 'subsidy-check', programmes: facts.versions.join(', ') }),
    ...comments('', TEMPLATE_TEXT.fill),
    ...comments('', TEMPLATE_TEXT.check, (l) => ({ command: `subsidy-check check ${l === 'en' ? '<this file>' : '<本文件>'}` })),
    ...comments('', TEMPLATE_TEXT.schema, { ref: input.schemaRef, command: input.schemaCommand }),
    '',
    'company:',
    ...comments('  ', TEMPLATE_TEXT.name),
    `  name: ${JSON.stringify(say(TEMPLATE_TEXT['name-placeholder'], lang))}`,
    ...comments('  ', TEMPLATE_TEXT.uscc),
    '  uscc:',
    ...facts.company.flatMap((f) => ['', ...factLines(f, '  ', langs, only(f))]),
  ];
  if (facts.project.length > 0) {
    lines.push(
      '',
      'projects:',
      ...comments('  ', TEMPLATE_TEXT.projects),
      ...comments('  ', TEMPLATE_TEXT.id),
      '  - id: p1',
      ...comments('    ', TEMPLATE_TEXT['project-title']),
      '    title:',
      ...facts.project.flatMap((f) => ['', ...factLines(f, '    ', langs, only(f))]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A fact: its label and question, what to write, and the key with no value. */
function factLines(f: TemplateFact, indent: string, langs: L[], onlyFor: string[] | undefined): string[] {
  const { label, question, unit } = f.declared;
  const ask = langs.map((l) => `${indent}# ${oneLine(`${label[l]}${l === 'en' ? ': ' : '：'}${question[l]}`)}`);
  const type = langs.map((l) => {
    const only = onlyFor ? `${l === 'en' ? '; ' : '；'}${say(TEMPLATE_TEXT['only-for'], l, { programmes: onlyFor.join(l === 'en' ? ', ' : '、') })}` : '';
    // Money is always in yuan, as its line says; a number says its unit.
    const units = unit && f.spec.type === 'number' ? say(TEMPLATE_TEXT.unit, l, { unit }) : '';
    return `${indent}# ${oneLine(`${typeLine(f.spec, l)}${units}${only}`)}`;
  });
  return [...ask, ...type, `${indent}${f.key}:`];
}

/** What to write for a fact of this type, with its allowed values (and their Chinese names in Chinese). */
export function typeLine(spec: FactSpec, l: L): string {
  const values = (spec.values ?? []).map((v) => (l === 'zh' && chineseName(spec, v) ? `${v}（${chineseName(spec, v)}）` : v)).join(l === 'en' ? ', ' : '、');
  switch (spec.type) {
    case 'enum':
      return say(TYPE_TEXT.enum, l, { values });
    case 'list':
      if (!spec.values?.length) return say(TYPE_TEXT['list-any'], l);
      return say(TYPE_TEXT[spec.open ? 'list-open' : 'list'], l, { values });
    case 'years':
      return say(TYPE_TEXT.years, l, { example: '[2021, 2022]' });
    case 'money':
      return say(TYPE_TEXT.money, l, { examples: l === 'en' ? '3000000, 3,000,000, 300万 or 0.03亿' : '3000000、3,000,000、300万 或 0.03亿' });
    case 'date':
      return say(TYPE_TEXT.date, l, { month: 'YYYY-MM', day: 'YYYY-MM-DD' });
    case 'district':
      return say(TYPE_TEXT.district, l, { examples: l === 'en' ? 'putuo, jingan, 普陀区' : 'putuo、普陀区、静安区' });
    case 'boolean':
      return say(TYPE_TEXT.boolean, l, { yes: 'true', no: 'false' });
    default:
      return say(TYPE_TEXT[spec.type], l);
  }
}

function chineseName(spec: FactSpec, value: string): string | undefined {
  return Object.entries(spec.aliases ?? {}).find(([, v]) => v === value)?.[0];
}

/** A comment is one line: a line break in a rule's text would end it. */
const oneLine = (text: string) => text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');

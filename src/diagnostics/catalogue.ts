/**
 * Every diagnostic the tool can emit: a stable code, a severity and its message in both languages.
 * Tests assert codes; prose lives only here.
 */
export type Args = Record<string, string | number | undefined>;

interface Entry {
  severity: 'error' | 'warning';
  en: (a: Args) => string;
  zh: (a: Args) => string;
}

const DIAGNOSTICS = {
  'io/read': { severity: 'error', en: (a) => `cannot read file: ${a.reason}`, zh: (a) => `无法读取文件：${a.reason}` },
  'io/encoding': {
    severity: 'error',
    en: (a) => `the file is ${a.reason}: save it as UTF-8 and check again`,
    zh: (a) => `文件编码为 ${a.reason}：请另存为 UTF-8 后重试`,
  },
  'io/too-large': {
    severity: 'error',
    en: (a) => `the file is too large (${a.reason}); a profile may be at most 5 MiB`,
    zh: (a) => `文件过大（${a.reason}）；档案最大为 5 MiB`,
  },
  'io/nothing-matched': { severity: 'warning', en: (a) => `${a.input} matched no profile file`, zh: (a) => `${a.input} 未匹配到任何档案文件` },
  'io/no-input': { severity: 'error', en: (a) => `no profile found at ${a.input}`, zh: (a) => `在 ${a.input} 未找到企业档案` },

  'profile/syntax': { severity: 'error', en: (a) => `not valid ${a.format}: ${a.reason}`, zh: (a) => `${a.format} 语法错误：${a.reason}` },
  'profile/duplicate-key': { severity: 'error', en: (a) => `key "${a.key}" appears twice`, zh: (a) => `键 "${a.key}" 重复出现` },
  'profile/not-a-mapping': { severity: 'error', en: (a) => `a profile is a mapping with company and projects, found ${a.found}`, zh: (a) => `档案应为包含 company 与 projects 的映射，实际为 ${a.found}` },
  'profile/empty': { severity: 'error', en: () => 'the profile is empty', zh: () => '档案为空' },
  'profile/required': { severity: 'error', en: (a) => `${a.path} is required`, zh: (a) => `缺少必填项 ${a.path}` },
  'profile/type': { severity: 'error', en: (a) => `${a.path}: expected ${a.expected}, found ${a.found}`, zh: (a) => `${a.path}：应为${a.expectedZh ?? a.expected}，实际为 ${a.found}` },
  'profile/enum': { severity: 'error', en: (a) => `${a.path}: "${a.found}" is not one of ${a.expected}`, zh: (a) => `${a.path}："${a.found}" 不在可选值 ${a.expected} 之中` },
  'profile/money': {
    severity: 'error',
    en: (a) => `${a.path}: cannot read "${a.found}" as an amount (${a.reason}); write yuan as 3000000, 3,000,000, 300万 or 0.3亿`,
    zh: (a) => `${a.path}：无法将 "${a.found}" 读作金额（${a.reason}）；请写作 3000000、3,000,000、300万 或 0.3亿`,
  },
  'profile/date': {
    severity: 'error',
    en: (a) => `${a.path}: "${a.found}" is not a date (${a.reason}); write YYYY-MM or YYYY-MM-DD`,
    zh: (a) => `${a.path}："${a.found}" 不是有效日期（${a.reason}）；请写作 YYYY-MM 或 YYYY-MM-DD`,
  },
  'profile/period': { severity: 'error', en: (a) => `${a.path}: ends (${a.end}) before it starts (${a.start})`, zh: (a) => `${a.path}：结束（${a.end}）早于开始（${a.start}）` },
  'profile/uscc': {
    severity: 'error',
    en: (a) => `${a.path}: "${a.found}" is not a valid unified social credit code (${a.reason})`,
    zh: (a) => `${a.path}："${a.found}" 不是有效的统一社会信用代码（${a.reason}）`,
  },
  'profile/duplicate-project': { severity: 'error', en: (a) => `project id "${a.id}" is used twice`, zh: (a) => `项目编号 "${a.id}" 重复` },
  'profile/unknown-key': {
    severity: 'warning',
    en: (a) => `${a.path} is not a known profile key${a.suggestion ? `; did you mean ${a.suggestion}?` : ''}`,
    zh: (a) => `${a.path} 不是已知的档案字段${a.suggestion ? `；是否应为 ${a.suggestion}？` : ''}`,
  },
  'profile/unknown-district': {
    severity: 'warning',
    en: (a) => `${a.path}: "${a.found}" is not a Shanghai district known to the tool; it is compared as written`,
    zh: (a) => `${a.path}："${a.found}" 不是已知的上海市辖区，按原文比较`,
  },

  'rules/none': { severity: 'error', en: (a) => `no rule files found at ${a.input}`, zh: (a) => `在 ${a.input} 未找到规则文件` },
  'rules/syntax': { severity: 'error', en: (a) => `not valid YAML: ${a.reason}`, zh: (a) => `YAML 语法错误：${a.reason}` },
  'rules/duplicate-key': { severity: 'error', en: (a) => `key "${a.key}" appears twice`, zh: (a) => `键 "${a.key}" 重复出现` },
  'rules/schema': { severity: 'error', en: (a) => `${a.path}: ${a.reason}`, zh: (a) => `${a.path}：${a.reason}` },
  'rules/file-name': {
    severity: 'error',
    en: (a) => `file should be named ${a.expected} for programme ${a.programme} version ${a.version}`,
    zh: (a) => `规则文件应命名为 ${a.expected}（项目 ${a.programme}，版本 ${a.version}）`,
  },
  'rules/undeclared-fact': { severity: 'error', en: (a) => `${a.path}: fact ${a.fact} is read but not declared in facts`, zh: (a) => `${a.path}：读取了未在 facts 中声明的事实 ${a.fact}` },
  'rules/duplicate-id': { severity: 'error', en: (a) => `${a.path}: ${a.kind} id "${a.id}" is used twice`, zh: (a) => `${a.path}：${a.kind} 编号 "${a.id}" 重复` },
  'rules/bad-period': { severity: 'error', en: (a) => `${a.path}: ends (${a.to}) before it starts (${a.from})`, zh: (a) => `${a.path}：结束（${a.to}）早于开始（${a.from}）` },
  'rules/unknown-source': { severity: 'error', en: (a) => `${a.path}: cites ${a.source}, which is not in sources`, zh: (a) => `${a.path}：引用的来源 ${a.source} 未在 sources 中声明` },
  'rules/unknown-ref': { severity: 'error', en: (a) => `${a.path}: ${a.kind} "${a.id}" is not declared`, zh: (a) => `${a.path}：${a.kind} "${a.id}" 未声明` },
  'rules/bad-leaf': { severity: 'error', en: (a) => `${a.path}: ${a.reason}`, zh: (a) => `${a.path}：${a.reasonZh ?? a.reason}` },
  'rules/fact-conflict': {
    severity: 'error',
    en: (a) => `fact ${a.fact} is declared as ${a.type} here and as ${a.other} in ${a.otherFile}`,
    zh: (a) => `事实 ${a.fact} 在此声明为 ${a.type}，在 ${a.otherFile} 中为 ${a.other}`,
  },
  'rules/duplicate-version': { severity: 'error', en: (a) => `programme ${a.programme} version ${a.version} is defined twice`, zh: (a) => `项目 ${a.programme} 版本 ${a.version} 重复定义` },
  'rules/unknown-programme': { severity: 'error', en: (a) => `no programme "${a.programme}" in the rules (known: ${a.known})`, zh: (a) => `规则中没有项目 "${a.programme}"（现有：${a.known}）` },
} satisfies Record<string, Entry>;

export type Code = keyof typeof DIAGNOSTICS;
export const CODES = Object.keys(DIAGNOSTICS) as Code[];

export function severityOf(code: Code): 'error' | 'warning' {
  return DIAGNOSTICS[code].severity;
}

export function messageOf(code: Code, args: Args, lang: 'en' | 'zh'): string {
  return DIAGNOSTICS[code][lang](args);
}

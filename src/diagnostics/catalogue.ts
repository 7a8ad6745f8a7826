/**
 * Every diagnostic the tool can emit: a stable code, a severity and its message in both languages.
 * Tests assert codes; prose lives only here.
 */
import { printableDeep } from '../source/printable.js';
export type Args = Record<string, string | number | undefined>;

interface Entry {
  severity: 'error' | 'warning';
  en: (a: Args) => string;
  zh: (a: Args) => string;
}

/** The parsers' reason words, in Chinese. */
const REASONS_ZH: Record<string, string> = {
  type: '类型不符',
  format: '格式无法识别',
  negative: '不能为负数',
  'too-large': '超出上限',
  impossible: '日期不存在',
  length: '长度应为18位',
  charset: '含有不允许的字符',
};
const zhReason = (reason: unknown) => REASONS_ZH[String(reason)] ?? String(reason);

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
  'io/nothing-matched': {
    severity: 'warning',
    en: (a) => `${a.input} matched no profile file`,
    zh: (a) => `${a.input} 未匹配到任何档案文件`,
  },
  'io/no-input': {
    severity: 'error',
    en: (a) => `no profile found at ${a.input}${a.reason ? `: ${a.reason}` : ''}`,
    zh: (a) => `在 ${a.input} 未找到企业档案${a.reason ? `（${a.reason}）` : ''}`,
  },
  'io/no-such-line': {
    severity: 'error',
    en: (a) => (a.lines === undefined ? `line ${a.line} is blank: no profile on it` : `no line ${a.line}: the stream has ${a.lines} lines`),
    zh: (a) => (a.lines === undefined ? `第 ${a.line} 行为空：没有企业档案` : `没有第 ${a.line} 行：该数据流共 ${a.lines} 行`),
  },
  'io/output-is-input': {
    severity: 'error',
    en: (a) => `--output ${a.output} is the input ${a.input}, found in ${a.arg}: writing the report would destroy it`,
    zh: (a) => `--output ${a.output} 是在 ${a.arg} 中找到的输入 ${a.input}：写入报告会毁掉它`,
  },
  'sheet/gb18030': {
    severity: 'warning',
    en: () =>
      'the CSV is not UTF-8; it was read as GB18030 (GBK), as Excel saves "CSV" on a Chinese Windows machine: check that names read correctly, or save as "CSV UTF-8"',
    zh: () =>
      'CSV 文件不是 UTF-8 编码，已按 GB18030（GBK）读取（中文 Windows 上 Excel 另存为"CSV"即为此编码）：请核对名称是否正确，或另存为"CSV UTF-8"',
  },
  'sheet/csv-quote': { severity: 'error', en: () => 'a quoted CSV field is never closed', zh: () => 'CSV 中带引号的字段没有结束引号' },
  'sheet/too-many-cells': {
    severity: 'error',
    en: (a) => `the sheet has more than ${a.max} cells; split it into several files`,
    zh: (a) => `表格超过 ${a.max} 个单元格；请拆分为多个文件`,
  },
  'sheet/too-large': {
    severity: 'error',
    en: (a) => `the sheet is too large: ${a.reason} (limit ${a.max} bytes)`,
    zh: (a) => `表格过大：${a.reason}（上限 ${a.max} 字节）`,
  },
  'sheet/xlsx': {
    severity: 'error',
    en: (a) => `not a readable xlsx workbook: ${a.reason}`,
    zh: (a) => `无法读取的 xlsx 工作簿：${a.reason}`,
  },
  'sheet/no-such-sheet': {
    severity: 'error',
    en: (a) => `the workbook has no sheet named "${a.sheet}" (its sheets: ${a.known})`,
    zh: (a) => `工作簿中没有名为"${a.sheet}"的工作表（现有：${a.known}）`,
  },
  'sheet/no-such-row': {
    severity: 'error',
    en: (a) => `no company of the sheet has row ${a.row} (its companies start at rows ${a.rows})`,
    zh: (a) => `表格第 ${a.row} 行不属于任何企业（各企业的起始行：${a.rows}）`,
  },
  'sheet/no-header': {
    severity: 'error',
    en: (a) => `row ${a.row} is not a header row naming company.name or company.uscc (or 企业名称, 统一社会信用代码)`,
    zh: (a) => `第 ${a.row} 行不是表头：表头应包含 company.name 或 company.uscc（或 企业名称、统一社会信用代码）`,
  },
  'sheet/no-rows': {
    severity: 'error',
    en: () => 'the sheet has a header row but no company rows',
    zh: () => '表格只有表头，没有企业数据行',
  },
  'sheet/unknown-column': {
    severity: 'warning',
    en: (a) => `column "${a.header}" names no profile fact and is ignored${a.suggestion ? `; did you mean ${a.suggestion}?` : ''}`,
    zh: (a) => `列"${a.header}"不对应任何档案字段，已忽略${a.suggestion ? `；是否应为 ${a.suggestion}？` : ''}`,
  },
  'sheet/duplicate-column': {
    severity: 'error',
    en: (a) => `column "${a.header}" names ${a.path}, which an earlier column already names`,
    zh: (a) => `列"${a.header}"对应 ${a.path}，与前面的列重复`,
  },
  'sheet/company-mismatch': {
    severity: 'error',
    en: (a) => `${a.path}: "${a.found}" differs from "${a.first}" in row ${a.firstRow} of the same company`,
    zh: (a) => `${a.path}："${a.found}" 与同一企业第 ${a.firstRow} 行的 "${a.first}" 不一致`,
  },
  'explain/which-company': {
    severity: 'error',
    en: (a) => `${a.input} names no single company (${a.count} found); explain one of them by its name in check's results: ${a.names}`,
    zh: (a) => `${a.input} 未指定单个企业（共 ${a.count} 家）；请使用 check 结果中的名称指定其一：${a.names}`,
  },
  'internal/error': {
    severity: 'error',
    en: (a) => `internal error while checking this file (${a.reason}); the other files were checked — please report it`,
    zh: (a) => `检查此文件时发生内部错误（${a.reason}）；其他文件已正常检查——请报告此问题`,
  },

  'profile/syntax': { severity: 'error', en: (a) => `not valid ${a.format}: ${a.reason}`, zh: (a) => `${a.format} 语法错误：${a.reason}` },
  'profile/duplicate-key': { severity: 'error', en: (a) => `key "${a.key}" appears twice`, zh: (a) => `键 "${a.key}" 重复出现` },
  'profile/not-a-mapping': {
    severity: 'error',
    en: (a) => `a profile is a mapping with company and projects, found ${a.found}`,
    zh: (a) => `档案应为包含 company 与 projects 的映射，实际为 ${a.found}`,
  },
  'profile/empty': { severity: 'error', en: () => 'the profile is empty', zh: () => '档案为空' },
  'profile/placeholder': {
    severity: 'warning',
    en: (a) => `${a.path} is still the template's placeholder: write the company's registered name`,
    zh: (a) => `${a.path} 仍是模板的占位文字：请填写企业的注册名称`,
  },
  'profile/required': { severity: 'error', en: (a) => `${a.path} is required`, zh: (a) => `缺少必填项 ${a.path}` },
  'profile/type': {
    severity: 'error',
    en: (a) => `${a.path}: expected ${a.expected}, found ${a.found}`,
    zh: (a) => `${a.path}：应为${a.expectedZh ?? a.expected}，实际为 ${a.found}`,
  },
  'profile/enum': {
    severity: 'error',
    en: (a) => `${a.path}: "${a.found}" is not one of ${a.expected}${a.suggestion ? `; did you mean ${a.suggestion}?` : ''}`,
    zh: (a) => `${a.path}："${a.found}" 不在可选值 ${a.expected} 之中${a.suggestion ? `；是否应为 ${a.suggestion}？` : ''}`,
  },
  'profile/district': {
    severity: 'error',
    en: (a) => `${a.path}: "${a.found}" is not a district name; did you mean ${a.suggestion}?`,
    zh: (a) => `${a.path}："${a.found}" 不是区名；是否应为 ${a.suggestion}？`,
  },
  'profile/money': {
    severity: 'error',
    en: (a) =>
      `${a.path}: cannot read "${a.found}" as an amount (${a.reason}); write 3,000,000 yuan as 3000000, 3,000,000, 300万 or 0.03亿`,
    zh: (a) => `${a.path}：无法将 "${a.found}" 读作金额（${zhReason(a.reason)}）；300万元可写作 3000000、3,000,000、300万 或 0.03亿`,
  },
  'profile/date': {
    severity: 'error',
    en: (a) => `${a.path}: "${a.found}" is not a date (${a.reason}); write YYYY-MM or YYYY-MM-DD`,
    zh: (a) => `${a.path}："${a.found}" 不是有效日期（${zhReason(a.reason)}）；请写作 YYYY-MM 或 YYYY-MM-DD`,
  },
  'profile/period': {
    severity: 'error',
    en: (a) => `${a.path}: ends (${a.end}) before it starts (${a.start})`,
    zh: (a) => `${a.path}：结束（${a.end}）早于开始（${a.start}）`,
  },
  'profile/uscc': {
    severity: 'error',
    en: (a) =>
      `${a.path}: "${a.found}" is not a valid unified social credit code (${a.reason === 'checksum' ? `check character should be ${a.expected}` : a.reason})`,
    zh: (a) =>
      `${a.path}："${a.found}" 不是有效的统一社会信用代码（${a.reason === 'checksum' ? `校验码应为 ${a.expected}` : zhReason(a.reason)}）`,
  },
  'profile/duplicate-project': { severity: 'error', en: (a) => `project id "${a.id}" is used twice`, zh: (a) => `项目编号 "${a.id}" 重复` },
  'profile/unknown-key': {
    severity: 'warning',
    en: (a) => `${a.path} is not a known profile key${a.suggestion ? `; did you mean ${a.suggestion}?` : ''}`,
    zh: (a) => `${a.path} 不是已知的档案字段${a.suggestion ? `；是否应为 ${a.suggestion}？` : ''}`,
  },
  'profile/too-long': {
    severity: 'error',
    en: (a) => `${a.path}: text of ${a.length} characters; at most ${a.max} are read`,
    zh: (a) => `${a.path}：文本长 ${a.length} 个字符，最多读取 ${a.max} 个`,
  },
  'profile/control-character': {
    severity: 'error',
    en: (a) => `${a.path}: contains the control character ${a.char}, which a terminal or report could act on; remove it`,
    zh: (a) => `${a.path}：含有控制字符 ${a.char}，可能被终端或报告执行；请删除`,
  },
  'profile/too-many-projects': {
    severity: 'error',
    en: (a) => `projects: ${a.count} projects; a profile may list at most ${a.max} (split the company's projects over several files)`,
    zh: (a) => `projects：共 ${a.count} 个项目；一个档案最多列 ${a.max} 个（请拆分为多个文件）`,
  },
  'profile/too-many-problems': {
    severity: 'error',
    en: (a) => `${a.omitted} more problems not listed (at most ${a.max} per file): is this a company profile?`,
    zh: (a) => `另有 ${a.omitted} 个问题未列出（每个文件最多列 ${a.max} 个）：这是企业档案吗？`,
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
    zh: (a) => `规则文件应命名为 ${a.expected}（政策 ${a.programme}，版本 ${a.version}）`,
  },
  'rules/undeclared-fact': {
    severity: 'error',
    en: (a) => `${a.path}: fact ${a.fact} is read but not declared in facts`,
    zh: (a) => `${a.path}：读取了未在 facts 中声明的事实 ${a.fact}`,
  },
  'rules/duplicate-id': {
    severity: 'error',
    en: (a) => `${a.path}: ${a.kind} id "${a.id}" is used twice`,
    zh: (a) => `${a.path}：${a.kind} 编号 "${a.id}" 重复`,
  },
  'rules/bad-period': {
    severity: 'error',
    en: (a) => `${a.path}: ends (${a.to}) before it starts (${a.from})`,
    zh: (a) => `${a.path}：结束（${a.to}）早于开始（${a.from}）`,
  },
  'rules/unknown-source': {
    severity: 'error',
    en: (a) => `${a.path}: cites ${a.source}, which is not in sources`,
    zh: (a) => `${a.path}：引用的来源 ${a.source} 未在 sources 中声明`,
  },
  'rules/unknown-ref': {
    severity: 'error',
    en: (a) => `${a.path}: ${a.kind} "${a.id}" is not declared`,
    zh: (a) => `${a.path}：${a.kind} "${a.id}" 未声明`,
  },
  'rules/bad-leaf': { severity: 'error', en: (a) => `${a.path}: ${a.reason}`, zh: (a) => `${a.path}：${a.reasonZh ?? a.reason}` },
  'rules/fact-conflict': {
    severity: 'error',
    en: (a) => `fact ${a.fact} is declared as ${a.type} here and as ${a.other} in ${a.otherFile}`,
    zh: (a) => `事实 ${a.fact} 在此声明为 ${a.type}，在 ${a.otherFile} 中为 ${a.other}`,
  },
  'rules/stacking-overlap': {
    severity: 'error',
    en: (a) => `${a.path}: measure ${a.measure} is already in stacking group ${a.first}; a measure may stand in one group only`,
    zh: (a) => `${a.path}：措施 ${a.measure} 已在叠加组 ${a.first} 中；一项措施只能属于一个组`,
  },
  'rules/bad-amount': {
    severity: 'error',
    en: (a) => `${a.path}: the amount is computed from ${a.fact}, a fact of type ${a.type}; it needs a money or number fact`,
    zh: (a) => `${a.path}：金额以 ${a.fact}（${a.type} 类型）计算；应为金额或数字类型的事实`,
  },
  'rules/too-many-conditions': {
    severity: 'error',
    en: (a) =>
      `${a.path}: ${a.nodes} condition nodes once aliases are expanded; with up to ${a.projects} projects a profile would need ${a.total} evaluations, over the limit of ${a.max}`,
    zh: (a) =>
      `${a.path}：展开别名后有 ${a.nodes} 个条件节点；按最多 ${a.projects} 个项目计，一份档案需 ${a.total} 次求值，超过上限 ${a.max}`,
  },
  'rules/supersedes-cycle': {
    severity: 'error',
    en: (a) => `supersedes goes round in a circle: ${a.chain}`,
    zh: (a) => `接续关系形成循环：${a.chain}`,
  },
  'rules/duplicate-version': {
    severity: 'error',
    en: (a) => `programme ${a.programme} version ${a.version} is defined twice`,
    zh: (a) => `政策 ${a.programme} 版本 ${a.version} 重复定义`,
  },
  'rules/unknown-programme': {
    severity: 'error',
    en: (a) => `no programme "${a.programme}" in the rules (known: ${a.known})`,
    zh: (a) => `规则中没有政策 "${a.programme}"（现有：${a.known}）`,
  },
  'explain/unknown-measure': {
    severity: 'error',
    en: (a) =>
      `no measure "${a.measure}" in the programmes in force on ${a.asOf} (known: ${a.known}); write a measure id or programme/measure`,
    zh: (a) => `${a.asOf} 生效的政策中没有措施 "${a.measure}"（现有：${a.known}）；请写措施编号或 政策/措施`,
  },

  // The rule lifecycle (`rules lint|test|show|diff`, `check --rules-version`). `lint/` codes come from
  // `rules lint` only and never stop `check`; `golden/` codes concern golden-case files.
  'rules/unknown-version': {
    severity: 'error',
    en: (a) => `programme ${a.programme} has no version "${a.version}" (known: ${a.known})`,
    zh: (a) => `政策 ${a.programme} 没有版本 "${a.version}"（现有：${a.known}）`,
  },
  'rules/unknown-measure': {
    severity: 'error',
    en: (a) => `${a.programme}@${a.version} has no measure "${a.measure}" (known: ${a.known})`,
    zh: (a) => `${a.programme}@${a.version} 没有措施 "${a.measure}"（现有：${a.known}）`,
  },
  'rules/diff-input': {
    severity: 'error',
    en: (a) => `"${a.input}" is neither a rule file, a rules folder nor programme@version in --rules`,
    zh: (a) => `"${a.input}" 既不是规则文件、规则目录，也不是 --rules 中的 政策@版本`,
  },
  'lint/unused-fact': {
    severity: 'warning',
    en: (a) => `fact ${a.fact} is declared but no condition or amount reads it; remove it or use it`,
    zh: (a) => `事实 ${a.fact} 已声明，但没有任何条件或金额读取它；请删除或使用`,
  },
  'lint/unknown-with-value': {
    severity: 'error',
    en: (a) =>
      `${a.path}: evidence is unknown, yet ${a.what} is given; a rule the guideline does not publish has no value — give none, or state the evidence`,
    zh: (a) => `${a.path}：证据等级为 unknown，却给出了${a.whatZh ?? a.what}；未公布的规则不应有取值——删除取值，或注明证据等级`,
  },
  'lint/translation': {
    severity: 'warning',
    en: (a) => `${a.path}: ${a.reason}`,
    zh: (a) => `${a.path}：${a.reasonZh ?? a.reason}`,
  },
  'lint/version-overlap': {
    severity: 'error',
    en: (a) =>
      `${a.programme}@${a.version} is in force from ${a.from}, but ${a.programme}@${a.other} (${a.otherFile}) is in force until ${a.to}: which one answers in between is ambiguous`,
    zh: (a) =>
      `${a.programme}@${a.version} 自 ${a.from} 起生效，而 ${a.programme}@${a.other}（${a.otherFile}）生效至 ${a.to}：两者重叠期间应由哪一版本作答不明确`,
  },
  'lint/version-gap': {
    severity: 'warning',
    en: (a) =>
      `no version of ${a.programme} is in force from ${a.gapFrom} to ${a.gapTo} (after ${a.other} ends, before ${a.version} starts): check skips it on those dates`,
    zh: (a) =>
      `${a.gapFrom} 至 ${a.gapTo} 期间 ${a.programme} 没有生效版本（${a.other} 结束后、${a.version} 开始前）：该期间的评估将跳过此政策`,
  },
  'lint/window-outside-effective': {
    severity: 'error',
    en: (a) =>
      `${a.path}: the window ${a.opens} – ${a.closes} lies partly outside the version's effective dates ${a.from} – ${a.to}, so it can never be reported open there`,
    zh: (a) => `${a.path}：申报窗口 ${a.opens} – ${a.closes} 部分超出本版本的生效期 ${a.from} – ${a.to}，超出部分永远不会显示为开放`,
  },
  'lint/windows-closed': {
    severity: 'warning',
    en: (a) =>
      `${a.programme}@${a.version} is marked ${a.status} and answers for ${a.asOf}, but every application window closed by ${a.closes}: is a new round due?`,
    zh: (a) =>
      `${a.programme}@${a.version} 标注为 ${a.status} 并适用于 ${a.asOf}，但所有申报窗口已于 ${a.closes} 前关闭：是否应增加新一轮版本？`,
  },
  'lint/cap-scope': {
    severity: 'warning',
    en: (a) => `${a.path}: the up-to amount ${a.reason}; say whether it bounds one award, one project or the company when a source does`,
    zh: (a) => `${a.path}：最高金额${a.reasonZh ?? a.reason}；有来源说明时，请注明按单项奖励、单个项目还是单个企业计算`,
  },
  'lint/untested-measure': {
    severity: 'warning',
    en: (a) => `measure ${a.measure} of ${a.programme}@${a.version} is named by no golden case (${a.tests})`,
    zh: (a) => `${a.programme}@${a.version} 的措施 ${a.measure} 没有任何测试用例（${a.tests}）`,
  },
  'golden/syntax': {
    severity: 'error',
    en: (a) => `golden cases: not valid YAML: ${a.reason}`,
    zh: (a) => `测试用例 YAML 语法错误：${a.reason}`,
  },
  'golden/schema': { severity: 'error', en: (a) => `golden cases: ${a.path}: ${a.reason}`, zh: (a) => `测试用例：${a.path}：${a.reason}` },
  'golden/unknown-programme': {
    severity: 'error',
    en: (a) => `golden cases for programme "${a.programme}", which the rules do not define (known: ${a.known})`,
    zh: (a) => `测试用例所属政策 "${a.programme}" 未在规则中定义（现有：${a.known}）`,
  },
  'golden/profile-file': {
    severity: 'error',
    en: (a) => `${a.path}: cannot read the profile file ${a.profileFile}: ${a.reason}`,
    zh: (a) => `${a.path}：无法读取档案文件 ${a.profileFile}：${a.reason}`,
  },
} satisfies Record<string, Entry>;

export type Code = keyof typeof DIAGNOSTICS;
export const CODES = Object.keys(DIAGNOSTICS) as Code[];

export function severityOf(code: Code): 'error' | 'warning' {
  return DIAGNOSTICS[code].severity;
}

/** Every argument (a key, an id, a value, a file name, a parser's message) is made printable before it is quoted. */
export function messageOf(code: Code, args: Args, lang: 'en' | 'zh'): string {
  return DIAGNOSTICS[code][lang](printableDeep(args));
}

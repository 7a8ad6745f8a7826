/**
 * Realistic company profiles for the bundled programmes, as a consultancy's clients would fill them in:
 * districts and money written every way the tool accepts, month and day dates, some facts left out
 * (undetermined), some companies outside Putuo or with a failing project (ineligible), and about 2% of
 * files with a mistake the tool must reject (invalid). Profile i depends only on (seed, i).
 */
import { usccCheckChar } from '../dist/index.js';
import { rngFor } from './lib/rng.js';

const BRANDS = [
  '智远',
  '华信',
  '链石',
  '灵犀',
  '云帆',
  '数澜',
  '青禾',
  '晟泰',
  '桃浦',
  '恒久',
  '致衡',
  '佑顺',
  '同舟',
  '长风',
  '真如',
  '曹杨',
  '万里',
  '宜川',
  '甘泉',
  '石泉',
  '长征',
  '梅川',
  '金沙',
  '光新',
  '中环',
  '星火',
  '博远',
  '启明',
  '锦程',
  '瑞丰',
  '嘉睿',
  '鼎新',
  '卓越',
  '天衡',
  '弘毅',
  '南翔',
  '海纳',
  '聚源',
  '汇智',
  '泓信',
];
const TRADES = [
  '人工智能科技',
  '信息技术',
  '数据科技',
  '智能软件',
  '网络科技',
  '物流',
  '印务',
  '纺织科技',
  '新材料',
  '智能制造',
  '医疗器械',
  '供应链管理',
  '云计算',
  '区块链技术',
  '机器人',
  '电子商务',
  '文化传媒',
  '精密机械',
  '环保科技',
  '检测技术',
];
const PROJECT_TITLES = [
  '智能仓储管理系统上线',
  '生产排程与ERP系统集成',
  '设备联网与能耗监测',
  '客户关系管理平台建设',
  '供应链协同平台研发',
  '工业互联网平台改造',
  '视觉质检系统部署',
  '数据中台建设',
  '智能客服系统',
  '数字孪生车间',
  '财务共享中心信息化',
  '线上营销平台',
];
const LISTED_FIELDS = [
  'artificial-intelligence',
  'big-data',
  'cloud-computing',
  'online-games',
  'industrial-internet-information-security',
  'intelligent-manufacturing-robotics',
];
const PUTUO = ['putuo', 'putuo', 'putuo', '普陀区', '普陀区', '上海市普陀区', 'Putuo District', '普陀'];
const ELSEWHERE = ['jingan', '静安区', "Jing'an District", '上海市浦东新区', 'pudong', '长宁区', 'xuhui', '嘉定区'];
const REGION_CODES = ['310107', '310107', '310107', '310115', '310106', '310105'];
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A profile object, with keys in the order a person writes them; values in the forms profiles use. */
export function generateProfile(seed, index) {
  const r = rngFor(seed, index);
  const company = companyOf(r);
  const count = r.pick([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3]);
  const projects = [];
  for (let i = 0; i < count; i++) projects.push(projectOf(r, i));
  const profile = count > 0 || r.chance(0.5) ? { company, projects } : { company };
  if (r.chance(0.02)) breakOne(r, profile);
  else if (r.chance(0.01) && projects.length > 0) misspellInvestment(projects[0]);
  return profile;
}

function companyOf(r) {
  const inPutuo = r.weighted({ yes: 85, no: 12, missing: 3 });
  const c = {
    name: `上海${r.pick(BRANDS)}${r.pick(TRADES)}有限公司`,
    uscc: usccOf(r),
  };
  if (inPutuo !== 'missing') c.business_district = r.pick(inPutuo === 'yes' ? PUTUO : ELSEWHERE);
  if (r.chance(0.9)) c.tax_district = inPutuo === 'yes' && r.chance(0.95) ? r.pick(PUTUO) : r.pick(ELSEWHERE);
  maybe(r, c, 'independent_legal_person', { true: 92, false: 5, missing: 3 });
  maybe(r, c, 'credit', { good: 90, poor: 5, missing: 5 });
  maybe(r, c, 'operating_status', { normal: 93, abnormal: 4, missing: 3 });
  maybe(r, c, 'tech_enterprise', { true: 65, false: 30, missing: 5 });
  if (r.chance(0.85)) c.fields = r.chance(0.85) ? pickSome(r, LISTED_FIELDS, r.int(1, 2)) : [r.pick(['区块链', '新材料', 'biotech'])];
  if (r.chance(0.7)) c.features = pickSome(r, ['digital-new-infrastructure', 'online-new-economy'], r.int(1, 2));
  if (r.chance(0.3)) c.smart_software_oriented = r.chance(0.7);
  if (r.chance(0.25)) c.unaccepted_similar_project = r.chance(0.2);
  if (r.chance(0.3)) c.statistical_reports = r.chance(0.5) ? [2021, 2022] : [2022];
  return c;
}

function usccOf(r) {
  let first17 = `91${r.pick(REGION_CODES)}`;
  while (first17.length < 17) first17 += USCC_CHARS[r.int(0, USCC_CHARS.length - 1)];
  return first17 + usccCheckChar(first17);
}

function projectOf(r, i) {
  const type = r.weighted({ 'digital-transformation': 55, rd: 25, completed: 17, missing: 3 });
  const p = { id: `p${i + 1}` };
  if (r.chance(0.8)) p.title = r.pick(PROJECT_TITLES);
  if (type !== 'missing') p.type = type;
  const [start, end] = periodOf(r, type === 'digital-transformation' && r.chance(0.75));
  if (r.chance(0.96)) p.start = start;
  if (r.chance(0.95)) p.end = end;
  const status =
    type === 'rd'
      ? r.weighted({ planned: 30, 'in-progress': 65, missing: 5 })
      : r.weighted({ completed: 33, accepted: 22, 'trial-operation': 15, 'in-progress': 18, planned: 8, missing: 4 });
  if (status !== 'missing') p.status = status;
  if (r.chance(0.95)) p.investment = moneyOf(r, r.chance(0.04) ? 500000 : roundTo(logUniform(r, 200_000, 20_000_000), 10_000));
  if (type === 'rd' && r.chance(0.8)) p.breakthrough = r.chance(0.3);
  if (type === 'digital-transformation' || r.chance(0.1)) {
    const funding = r.weighted({ none: 42, some: 40, missing: 18 });
    if (funding !== 'missing')
      p.municipal_funding = funding === 'none' ? r.pick([0, '0', '0元']) : moneyOf(r, roundTo(logUniform(r, 100_000, 3_500_000), 10_000));
  }
  const joint = r.weighted({ false: 85, true: 8, missing: 7 });
  if (joint !== 'missing') p.joint_application = joint === 'true';
  if (type === 'digital-transformation' && r.chance(0.85)) p.government_investment = r.chance(0.1);
  if (r.chance(0.05)) p.other_funding = [r.pick(['putuo-smart-software', 'putuo-new-infra-online-economy'])];
  return p;
}

/**
 * A start month in 2019-07..2022-12 and a duration of 3–24 months: inside, across and outside the
 * 2021-01..2022-09 period of the digital-transformation round; or, for a project run for that round,
 * inside it.
 */
function periodOf(r, forTheRound) {
  const startMonth = forTheRound ? 2021 * 12 + r.int(0, 14) : 2019 * 12 + 6 + r.int(0, 41);
  const endMonth = forTheRound ? r.int(startMonth + 3, 2022 * 12 + 8) : startMonth + r.int(3, 24);
  const day = r.chance(0.4);
  return [dateText(startMonth, day ? r.int(1, 28) : 0), dateText(endMonth, day ? r.int(1, 28) : 0)];
}

function dateText(monthIndex, day) {
  const ym = `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
  return day === 0 ? ym : `${ym}-${String(day).padStart(2, '0')}`;
}

/** The same amount as a number, `3,000,000`, `300万`, `300万元` or, when exact, `0.3亿`. */
function moneyOf(r, yuan) {
  const form = r.weighted({ number: 35, commas: 25, wan: 25, wanYuan: 10, yi: 5 });
  if (form === 'commas') return yuan.toLocaleString('en-US');
  if (form === 'wan' && yuan % 10_000 === 0) return `${yuan / 10_000}万`;
  if (form === 'wanYuan' && yuan % 10_000 === 0) return `${yuan / 10_000}万元`;
  if (form === 'yi' && yuan % 1_000_000 === 0) return `${yuan / 100_000_000}亿`;
  return yuan;
}

function logUniform(r, min, max) {
  return Math.exp(Math.log(min) + r.next() * (Math.log(max) - Math.log(min)));
}

const roundTo = (x, step) => Math.max(step, Math.round(x / step) * step);

function maybe(r, target, key, weights) {
  const v = r.weighted(weights);
  if (v === 'missing') return;
  target[key] = v === 'true' ? true : v === 'false' ? false : v;
}

function pickSome(r, list, n) {
  const out = [];
  while (out.length < Math.min(n, list.length)) {
    const x = r.pick(list);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

/** The mistakes people make: each makes the profile invalid (an error diagnostic, not evaluated). */
function breakOne(r, profile) {
  const project = profile.projects?.[0];
  const kind = r.pick(project ? ['chinese-numerals', 'uscc', 'status', 'period', 'district-type'] : ['uscc', 'district-type']);
  if (kind === 'chinese-numerals') project.investment = '三百万';
  else if (kind === 'status') project.status = 'done';
  else if (kind === 'period') Object.assign(project, { start: '2022-06', end: '2021-03' });
  else if (kind === 'district-type') profile.company.business_district = 107;
  else {
    const u = profile.company.uscc;
    const wrong = USCC_CHARS[(USCC_CHARS.indexOf(u[17]) + 1) % USCC_CHARS.length];
    profile.company.uscc = u.slice(0, 17) + wrong;
  }
}

/** A typo in a key is a warning, not an error: the investment is then missing (undetermined). */
function misspellInvestment(project) {
  if (!('investment' in project)) return;
  const { investment, ...rest } = project;
  for (const key of Object.keys(project)) delete project[key];
  Object.assign(project, rest, { invesment: investment });
}

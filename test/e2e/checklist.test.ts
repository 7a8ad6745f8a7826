import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli-in-process.js';
import { scratch } from '../scratch.js';

describe('check --format checklist', () => {
  it('lists what to apply for, the window relative to the as-of date and every document with how', async () => {
    const r = await cliIn(['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--as-of', '2021-03-15', '--format', 'checklist']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Application checklist, as of 2021-03-15');
    expect(r.stdout).toContain('When: Paper materials accepted — open, closes in 16 days (2021-03-31)');
    // Eligible first, the larger amount first; an ineligible measure is not on the list.
    const apply = lines.indexOf('  Apply for:');
    expect(lines[apply + 1]).toBe('    [ ] Support for technological breakthroughs (p1): eligible, up to 5,000,000');
    expect(lines[apply + 2]).toBe('    [ ] Pre-approved project, paid afterwards (p1): eligible, amount not published');
    expect(r.stdout).not.toContain('One-off post-support');
    expect(r.stdout).toContain(
      '    [ ] The 2020 application form (项目申请书) (S1, stated)\n        One copy, A4 double-sided, bound in order, signed and sealed',
    );
    // The 2022 round is known only from 2022-07-01: not offered on 2021-03-15 unless pinned.
    expect(r.stdout).toContain('No round of putuo-digital-transformation is known on 2021-03-15 (its 2022 round is known from 2022-07-01)');
    expect(r.stdout).not.toContain('putuo-digital-transformation@2022');
    const pinned = await cliIn([
      'check',
      'fixtures/profiles/zhiyuan-ai.yaml',
      '--as-of',
      '2021-03-15',
      '--format',
      'checklist',
      '--rules-version',
      'putuo-digital-transformation@2022',
    ]);
    expect(pinned.stdout).toContain('Nothing to apply for under: putuo-digital-transformation');
  });

  it('says when a window opens, and what would settle an undetermined measure', async () => {
    const r = await cliIn(['check', 'fixtures/profiles/qinghe-half-filled.yaml', '--as-of', '2021-03-15', '--format', 'checklist']);
    expect(r.stdout).toMatch(
      /\[ \] Support for technological breakthroughs \(p1\): undetermined, up to 5,000,000; to settle: ask company\.tax_district; .* → unlocks 5,000,000/,
    );
    const later = await cliIn(['check', 'fixtures/profiles/qinghe-half-filled.yaml', '--as-of', '2023-04-03', '--format', 'checklist']);
    expect(later.stdout).toContain('When: Paper materials (to the investment-promotion sub-centre) — opens on 2023-05-08 (in 35 days)');
    // Every bundled round now lists documents: a rule set without any says so.
    const tmp = scratch('subsidy-checklist-');
    writeFileSync(join(tmp, 'a.yaml'), 'company:\n  name: 上海某某有限公司\n  credit: good\n');
    const none = await cliIn([
      'check',
      join(tmp, 'a.yaml'),
      '--rules',
      'fixtures/rules-invalid/valid-minimal',
      '--as-of',
      '2024-01-01',
      '--format',
      'checklist',
    ]);
    expect(none.stdout).toContain('Documents to submit: the rules list none (the source does not publish them)');
  });

  it('gives a closed or superseded round no boxes to tick, only a line saying it is history', async () => {
    const r = await cliIn(['check', 'fixtures/profiles/lingxi-smart-software.yaml', '--as-of', '2023-04-10', '--format', 'checklist']);
    expect(r.stdout).toContain(
      'History: this round closed on 2021-03-31; not counted in any total (to count it, pin it with --rules-version putuo-new-infra-online-economy@2020)',
    );
    expect(r.stdout).not.toContain('When: Paper materials accepted — closed on 2021-03-31');
    expect(r.stdout).not.toContain('Support for technological breakthroughs');
    expect(r.stdout.match(/Apply for:/g)).toHaveLength(1);
    expect(r.stdout).toContain('When: Online filing — open, closes in 32 days (2023-05-12)');
    expect(r.stdout).toContain('When: Paper materials (to the investment-promotion sub-centre) — opens on 2023-05-08 (in 28 days)');
  });

  it('speaks Chinese with --lang zh', async () => {
    const r = await cliIn([
      'check',
      'fixtures/profiles/lingxi-smart-software.yaml',
      '--as-of',
      '2023-04-10',
      '--format',
      'checklist',
      '--lang',
      'zh',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('申报清单（评估日期 2023-04-10）');
    expect(r.stdout).toContain('时间：网上申报——开放中，32 天后截止（2023年5月12日）');
    expect(r.stdout).toContain('时间：纸质材料报送（投促分中心）——将于 2023年5月8日 开放（还有 28 天）');
    expect(r.stdout).toContain('历史批次：本批次已于 2021年3月31日 截止；不计入任何合计');
    expect(r.stdout).toContain('[ ] 研发类（事前立项、验收后拨付）（p1）：符合，金额未公布');
    expect(r.stdout).toContain('[ ] 信用承诺书（S4，明文规定）\n        签字并盖章，以不超过1MB的PDF文件上传至“信用普陀”平台。');
    expect(r.stdout).not.toContain('技术突破支持');
    const pending = await cliIn([
      'check',
      'fixtures/profiles/qinghe-half-filled.yaml',
      '--as-of',
      '2021-03-15',
      '--format',
      'checklist',
      '--lang',
      'zh',
    ]);
    expect(pending.stdout).toMatch(
      /\[ \] 技术突破支持（p1）：待定，最高 500万元；待确认：询问 “税务登记地（区）”；.*询问 “技术突破” → 可获最高 500万元/,
    );
  });

  it('keeps an invalid profile on the list, not evaluated', async () => {
    const r = await cliIn(['check', 'fixtures/profiles/invalid-bad-money.yaml', '--as-of', '2022-07-05', '--format', 'checklist']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('invalid profile (1 error(s)): not evaluated; correct it first');
  });
});

describe('check, table: what it would take under each programme', () => {
  it('ranks the measures not eligible by what they would unlock', async () => {
    const r = await cliIn([
      'check',
      'fixtures/profiles/mingde-missing-credit.yaml',
      '--as-of',
      '2022-07-05',
      '--programme',
      'putuo-digital-transformation',
    ]);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('To qualify (ranked by what it would unlock):');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(
      '  → project-subsidy (p1): ask company.credit; projects[0].investment +100,001 → up to 2,000,000, depending on projects[0].investment',
    );
    // Never "+1 → unlocks 1": the match depends on the municipal funding, up to its cap.
    expect(lines[at + 2]).toMatch(
      /^ {2}→ municipal-match \(p1\): .*projects\[0\]\.municipal_funding \+1 → up to 2,000,000, depending on projects\[0\]\.municipal_funding$/,
    );
    expect(r.stdout).not.toMatch(/unlocks 1\b/);
  });

  it('advises only changes the company can make: a registration elsewhere is left to explain', async () => {
    const r = await cliIn([
      'check',
      'fixtures/profiles/shulan-tax-jingan.yaml',
      '--as-of',
      '2021-03-15',
      '--programme',
      'putuo-new-infra-online-economy',
    ]);
    expect(r.stdout).not.toContain('structural');
    expect(r.stdout).not.toContain('To qualify');
    const explain = await cliIn([
      'explain',
      'fixtures/profiles/shulan-tax-jingan.yaml',
      '--as-of',
      '2021-03-15',
      '--programme',
      'putuo-new-infra-online-economy',
    ]);
    expect(explain.stdout).toContain('structural: register for tax in Putuo');
  });

  it('moves no date into the past and gives a closed round no advice', async () => {
    const r = await cliIn(['check', 'fixtures/profiles/zhiyuan-ai.yaml', '--as-of', '2023-04-10', '--programme', 'putuo-smart-software']);
    // The project ran 2020-03..2021-06: its start cannot move 34 months on a date after it began.
    expect(r.stdout).not.toMatch(/projects\[0\]\.start \d+ months? later/);
    const closed = await cliIn([
      'check',
      'fixtures/profiles/zhiyuan-ai.yaml',
      '--as-of',
      '2026-12-01',
      '--programme',
      'putuo-smart-software',
      '--format',
      'json',
      '--detail',
      'full',
    ]);
    const measures = JSON.parse(closed.stdout).results[0].programmes[0].measures as { toQualify: unknown }[];
    expect(measures.map((m) => m.toQualify)).toEqual(measures.map(() => null));
  });
});

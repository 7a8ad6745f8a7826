/**
 * Alternatives are one choice: a stacking group's options are one "choose one" item, the best first,
 * in the checklist, the Markdown client report and the HTML report — never boxes of their own.
 */
import { describe, expect, it } from 'vitest';
import { checkText, prepare, type Prepared } from '../../../src/pipeline.js';
import { formatChecklist } from '../../../src/formats/checklist.js';
import { formatHtml } from '../../../src/formats/html.js';
import { formatMarkdownReport } from '../../../src/formats/markdown-client.js';
import type { Lang } from '../../../src/text/lang.js';
import { buildReport, fileResult } from '../../../src/report/model.js';
import { loadRules } from '../../../src/rules/load.js';
import { CHOICE_AS_OF, CHOICE_PROFILE, CHOICE_RULES } from '../../builders.js';
import { options, reportOf } from '../formats/reports.js';

function choiceReport(lang: Lang = 'en') {
  const loaded = loadRules([CHOICE_RULES]);
  expect(loaded.diagnostics).toEqual([]);
  const ready = prepare(loaded.versions, CHOICE_AS_OF) as Prepared;
  const result = fileResult(checkText(ready, CHOICE_PROFILE.file, 'yaml', CHOICE_PROFILE.text, { detail: true }), lang);
  return buildReport(
    { tool: { name: 'subsidy-check', version: 'test' }, asOf: CHOICE_AS_OF, selected: ready.selected, skipped: [], lang },
    [result],
  );
}

describe('the engine decides the choice', () => {
  it('reports the group with its options best first (amount, then verdict) and the pair counted', () => {
    const [p] = choiceReport().results[0]!.programmes;
    expect(p!.choices).toEqual([
      {
        group: 'one-pair',
        label: 'One project and one measure per applicant',
        cite: 'S1',
        evidence: 'stated',
        options: [
          { measure: 'subsidy', project: 'p1' },
          { measure: 'match', project: 'p1' },
          { measure: 'match', project: 'p2' },
          { measure: 'subsidy', project: 'p2' },
        ],
        chosen: { measure: 'subsidy', project: 'p1' },
      },
    ]);
    expect(p!.maxTotal).toBe(1_700_000);
  });
});

describe('--format checklist', () => {
  const out = formatChecklist(choiceReport(), options());

  it('gives the alternatives one box, the options under it best first', () => {
    const apply = out.slice(out.indexOf('Apply for:'), out.indexOf('Documents to submit'));
    expect(apply.split('\n').filter((l) => l.trim())).toEqual([
      'Apply for:',
      '    [ ] Choose one — One project and one measure per applicant (S1, stated):',
      '        ( ) Project subsidy (p1): eligible, up to 1,500,000 — the best option',
      '        ( ) Breakthrough award (p1): eligible, up to 1,000,000',
      '        ( ) Breakthrough award (p2): undetermined, up to 1,000,000; to settle: ask projects[1].breakthrough → unlocks 1,000,000',
      '        ( ) Project subsidy (p2): undetermined, amount not published; to settle: ask projects[1].investment → up to 2,000,000, depending on projects[1].investment',
      '    [ ] Talent grant: eligible, up to 200,000',
    ]);
  });

  it('never ticks an option of a choice on its own', () => {
    expect(out.match(/\[ \] (Project subsidy|Breakthrough award)/g)).toBeNull();
  });

  it('speaks Chinese', () => {
    const zh = formatChecklist(choiceReport('zh'), options({ lang: 'zh' }));
    expect(zh).toContain(
      '    [ ] 择一申报——每家单位限报一个项目、一项支持（S1，明文规定）：\n        ( ) 项目补贴（p1）：符合，最高 150万元——最优选项\n',
    );
  });

  it('gives the bundled digital-transformation programme one choice of three, 1,800,000 first', () => {
    const text = formatChecklist(reportOf(['fixtures/profiles/taopu-materials-best-pair.yaml']), options());
    const section = text.slice(text.indexOf('■ Putuo implementation opinions supporting digital transformation'));
    const apply = section.slice(section.indexOf('Apply for:'), section.indexOf('Documents to submit'));
    expect(apply).toMatch(
      /^Apply for:\n {4}\[ \] Choose one — One project per applicant, in principle \(原则上\); the two measures are treated as alternatives for it \(inferred\) \(S5, inferred\):\n/,
    );
    expect(apply.match(/\[ \]/g)).toHaveLength(1);
    expect(apply.match(/\( \) .*/g)).toEqual([
      '( ) District matching of a municipally funded digital-transformation project (category A, item 2) (p1): eligible, up to 1,800,000 — the best option',
      '( ) Digital-transformation project subsidy (category A, item 1, a single project) (p1): eligible, up to 1,200,000',
      '( ) Digital-transformation project subsidy (category A, item 1, a single project) (p2): eligible, up to 900,000',
    ]);
  });
});

describe('the client report', () => {
  it('in Markdown: one task item for the choice, its options a plain list, the best in bold', () => {
    const out = formatMarkdownReport(choiceReport(), options());
    const checklist = out.slice(out.indexOf('### Checklist and deadlines'), out.indexOf('### Sources and evidence'));
    expect(checklist).toContain(
      '- [ ] Choose one — One project and one measure per applicant (S1, stated):\n  - **Project subsidy (p1): eligible, up to 1,500,000 — the best option**\n  - Breakthrough award (p1): eligible, up to 1,000,000\n',
    );
    expect(checklist).toContain('- [ ] Talent grant: eligible, up to 200,000');
    expect(checklist.match(/- \[ \] (Project subsidy|Breakthrough award)/g)).toBeNull();
  });

  it('in HTML: one checkbox item holding the options, the best first and marked', () => {
    const html = formatHtml(choiceReport(), options());
    const choice =
      /<li class="choice">Choose one — One project and one measure per applicant \(S1, stated\):<ul class="options">(.*?)<\/ul><\/li>/s.exec(
        html,
      );
    expect(choice).not.toBeNull();
    const options_ = [...choice![1]!.matchAll(/<li( class="best")?>([^<]*)/g)].map((m) => `${m[1] ? '* ' : ''}${m[2]}`);
    expect(options_.slice(0, 2)).toEqual([
      '* Project subsidy (p1): eligible, up to 1,500,000 — the best option',
      'Breakthrough award (p1): eligible, up to 1,000,000',
    ]);
    expect(options_).toHaveLength(4);
    const todo = html.slice(html.indexOf('measures-to-apply'));
    expect(todo.slice(0, todo.indexOf('</ul>\n'))).not.toMatch(
      /<ul class="todo measures-to-apply"><li>(Project subsidy|Breakthrough award)/,
    );
  });
});

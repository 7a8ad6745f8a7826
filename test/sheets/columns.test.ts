import { describe, expect, it } from 'vitest';
import { COMPANY_VOCABULARY, PROJECT_VOCABULARY, vocabularyOf } from '../../src/profile/vocabulary.js';
import { headerDictionary, readHeader } from '../../src/sheets/columns.js';

const vocabulary = vocabularyOf({ ...COMPANY_VOCABULARY }, { ...PROJECT_VOCABULARY });
const header = (...cells: string[]) => ({ row: 1, cells: new Map(cells.map((c, i) => [i + 1, c] as [number, string])) });

describe('the header row', () => {
  it('takes profile paths, project and projects[] alike, and the built-in Chinese names', () => {
    const read = readHeader(
      header('企业名称', 'company.credit', 'projects[].investment', '项目编号', ' 公司名称 '),
      vocabulary,
      headerDictionary([]),
    );
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toEqual({
      code: 'sheet/duplicate-column',
      args: { header: '公司名称', path: 'company.name' },
      cell: { row: 1, column: 5 },
    });
    const ok = readHeader(header('企业名称', 'company.credit', 'projects[].investment', '项目编号'), vocabulary, headerDictionary([]));
    expect(ok.ok && ok.columns.map((c) => `${c.scope}.${c.key}`)).toEqual([
      'company.name',
      'company.credit',
      'project.investment',
      'project.id',
    ]);
  });

  it('shows a hostile header safely: control characters written out, a long one cut short', () => {
    const read = readHeader(
      header('company.name', 'bad\u001b[31m', 'x'.repeat(5000), 'company.__proto__'),
      vocabulary,
      headerDictionary([]),
    );
    expect(read.ok && read.warnings.map((w) => w.args.header)).toEqual(['bad\\u001b[31m', `${'x'.repeat(40)}…`, 'company.__proto__']);
  });
});

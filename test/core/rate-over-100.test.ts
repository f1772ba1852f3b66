/**
 * A rate's % target above 100 (issue #9, 广东 b-09: 市民满意度调查 "290%", a scanned ≥ read as 2): the target is
 * itself an error (target.over-100-percent) and completion cannot be judged against it — invalid, not not_met or met,
 * and nothing is scored on it. A target of 100% or less, or a figure that is not a rate, is compared as usual.
 */
import { analyzeSheet } from '../../src/core/analyze';
import type { CellSpec } from '../helpers/grid';
import { gridFromRows } from '../helpers/grid';

function row(level3: string, target: CellSpec, actual: CellSpec) {
  const forms = analyzeSheet(
    gridFromRows([
      ['项目支出绩效自评表'],
      ['项目名称', '某项目', null, '主管部门', '某局'],
      ['实施单位', '某局'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['满意度指标', '服务对象满意度指标', level3, target, actual, 10, null],
    ]),
  );
  expect(forms).toHaveLength(1);
  const i = forms[0].indicators[0];
  return {
    status: i.completion?.status,
    score: i.completion?.score ?? null,
    targetCodes: i.issues.map((x) => x.code).filter((c) => c.startsWith('target.')),
  };
}

const cases: [string, CellSpec, CellSpec, string][] = [
  ['市民满意度调查', '290%', '100%', 'invalid'],
  ['市民满意度调查', '290%', '95%', 'invalid'],
  ['合格率', '≥120%', '100%', 'invalid'],
  ['群众满意度', '90%-110%', '95%', 'invalid'],
  ['群众满意度', '≥90%', '95%', 'met'],
  ['群众满意度', '100%', '100%', 'met'],
  ['群众满意度', '≥90%', '80%', 'not_met'],
];

test.each(cases)('%s %s against %s → %s', (level3, target, actual, status) => {
  const r = row(level3, target, actual);
  expect(r.status).toBe(status);
  if (status === 'invalid') {
    expect(r.targetCodes).toContain('target.over-100-percent');
    expect(r.score).toBeNull();
  } else {
    expect(r.targetCodes).not.toContain('target.over-100-percent');
  }
});

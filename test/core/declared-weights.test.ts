/**
 * 分值 / 权重 on a declaration, 审批表 or list (issue #9): the filled number is the indicator's weight, read as a
 * self-evaluation's 分值 is read; nothing is compared (no actual on these forms) and no weight is ever proposed.
 * Grids follow published forms (湖南 a-08 申报表 with 分值 | 指标解释, 四川 b-08 list with 权重 | 指标方向性).
 */
import { analyzeSheet } from '../../src/core/analyze';
import type { FormModel } from '../../src/core/model';
import { gridFromRows, type CellSpec } from '../helpers/grid';

function forms(rows: CellSpec[][], merges: string[] = []): FormModel[] {
  return analyzeSheet(gridFromRows(rows, { merges }));
}
/** [cell, weight as filled, completion]: a declaration carries its weights and no completion at all. */
const weights = (f: FormModel) => f.indicators.map((i) => [i.cell, i.weight, i.completion]);

describe('a declaration with a 分值 column', () => {
  const head: CellSpec[][] = [
    ['项目支出绩效目标申报表'],
    ['(2023年度)'],
    ['项目名称', '配套设施建设项目', null, '主管部门', '某乡人民政府'],
    ['项目资金(万元)', '年度资金总额', 65],
    ['年度绩效目标', '完成配套设施建设'],
    ['一级指标', '二级指标', '三级指标', '指标值', '分值', '指标解释'],
  ];
  const cases: [string, CellSpec, number | null][] = [
    ['a number', 10, 10],
    ['a decimal', 7.5, 7.5],
    ['"10分"', '10分', 10],
    ['text "10"', '10', 10],
    ['blank', null, null],
    ['words', '见说明', null],
  ];
  it.each(cases)('分值 %s (%p) → weight %p, no completion, never proposed', (_label, cell, weight) => {
    const f = forms([...head, ['产出指标', '数量指标', '建设配套设施', '≥1个', cell, '按合同']]);
    expect(f).toHaveLength(1);
    expect(f[0].layout).toBe('declaration');
    expect(weights(f[0])).toEqual([['D7', weight, null]]);
    expect(f[0].score).toBeNull();
    // no completion counted on a declaration, and no 分值 is proposed over or beside filled ones
    expect(Object.values(f[0].counts.completion).every((n) => n === 0)).toBe(true);
    expect(f[0].issues.filter((i) => /weight|score|completion/.test(i.code))).toEqual([]);
  });
});

describe('a split list with a 权重 column', () => {
  it("reads 权重 beside 指标性质 | 指标值 | 度量单位 as each row's weight", () => {
    const f = forms([
      ['项目绩效目标申报表(2023年度)'],
      ['项目名称', '村组干部报酬'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '指标方向性'],
      ['产出指标', '数量指标', '村组干部人数', '≥', 230, '人', 10, '正向指标'],
      ['产出指标', '时效指标', '按时发放', '≥', 1, '次/年', 20, '正向指标'],
      ['效益指标', '社会效益指标', '维护社会稳定', '≥', 95, '%', null, '正向指标'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%', '10', '正向指标'],
    ]);
    expect(f).toHaveLength(1);
    expect(weights(f[0])).toEqual([
      ['E4', 10, null],
      ['E5', 20, null],
      ['E6', null, null],
      ['E7', 10, null],
    ]);
  });
});

describe('a self-evaluation: weight is the filled 分值, completion.weight the one scored with', () => {
  it('keeps filled weights on both, and a proposed one only on completion', () => {
    const f = forms([
      ['项目支出绩效自评表'],
      ['项目名称', '培训项目'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人数', '≥200人', '210人', 50],
      ['效益指标', '社会效益指标', '知晓率', '≥90%', '95%', null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '92%', '10分'],
    ]);
    expect(f).toHaveLength(1);
    expect(
      f[0].indicators.map((i) => [i.weight, i.completion?.status, i.completion?.weight, i.completion?.weightProposed]),
    ).toEqual([
      [50, 'met', 50, false],
      [null, 'met', 30, true],
      [10, 'met', 10, false],
    ]);
  });
});

/**
 * Grids for the pane tests: a declaration form shaped like the malformed-targets fixture (safe fixes,
 * a fix that needs confirmation, a misspelt 二级) and a self-evaluation form with every status.
 */
import type { CellSpec } from '../helpers/grid';
import { gridFromRows } from '../helpers/grid';

const pct = (v: number): CellSpec => ({ value: v, text: `${Math.round(v * 1000) / 10}%`, format: '0.0%' });

export const DECLARATION_SHEET = '绩效目标申报表';

export function declarationGrid(sheet = DECLARATION_SHEET) {
  return gridFromRows(
    [
      ['财政项目支出绩效目标申报表'],
      ['(2021年度)'],
      ['项目名称', '2021年社区法律顾问服务经费', null, '项目类别', '经常性项目'],
      ['主管部门', '上海市徐汇区司法局', null, '实施单位', '上海市徐汇区公共法律服务中心'],
      ['项目期限', '2021.01-2021.12'],
      ['项目资金（万元）', '项目资金总额', 128, '年度资金申请总额', 128],
      ['项目绩效目标', '项目总目标', null, '年度总目标'],
      [null, '为社区提供法律顾问服务', null, '全年完成法律顾问服务'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标目标值'],
      [null, '产出指标', '数量指标', '社区法律顾问覆盖数', '≥306个'],
      [null, null, null, '法律咨询接待人次', '=>150人次'],
      [null, null, null, '法治讲座场次', ''],
      [null, null, '质量指标', '咨询答复合格率', '100%%'],
      [null, null, null, '档案完整率', '98'],
      [null, '效益指标', '社会效益指掭', '居民法律意识', '提升'],
      [null, '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ],
    { sheet, merges: ['A9:A16', 'B10:B14', 'C10:C12', 'C13:C14'] },
  );
}

export const SELF_SHEET = '绩效自评表';

/** `complete`: every actual filled in and readable, so the form has a total and a grade. */
export function selfEvaluationGrid(sheet = SELF_SHEET, options: { complete?: boolean } = {}) {
  const complete = options.complete ?? false;
  return gridFromRows(
    [
      ['项目支出绩效自评表'],
      ['(2021年度)'],
      ['项目名称', '社区法律服务', '主管部门', '某局', '实施单位', '某中心'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '案例数', '≥200个', '186个', 20, null, '疫情影响'],
      [null, null, '培训数', '≥10个', '12个', 20, null],
      [null, '质量指标', '合格率', '≥95%', pct(0.973), 20, 18],
      ['效益指标', '社会效益指标', '知晓率', '提升', '部分达成', 15, null, '宣传不足'],
      [null, null, '覆盖面', '扩大', complete ? '达成' : '见附件', 5, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', complete ? pct(0.95) : null, 10, null],
      ['总分', null, null, null, null, 100],
    ],
    { sheet, merges: ['A5:A7', 'B5:B6', 'A8:A9', 'B8:B9'] },
  );
}
